a = [1]
i = id(a)
del a
b = [2]
print(i == id(b))
c = [1, 2, 3]
j = id(c)
c = None
d = [4, 5]
print(j == id(d))
