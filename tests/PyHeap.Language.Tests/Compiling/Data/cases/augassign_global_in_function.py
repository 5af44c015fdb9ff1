counter = 0
def inc():
    global counter
    counter += 1
