# An empty for loop over 10**7 ints: the interpreter's dispatch and int allocation.
for i in range(10**7):
    pass
