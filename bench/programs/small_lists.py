# Creating and discarding 10**6 small lists: allocation, free lists and deallocation.
for i in range(10**6):
    x = [i, i]
