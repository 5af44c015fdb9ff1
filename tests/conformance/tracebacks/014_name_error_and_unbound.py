def f():
    print(counter)
    counter = 1
counter = 0
f()
