a = []
b = []
print(id(a) == id(b), a is b)
print(id(a) == id(a))
lst = [a, b, a]
print([x is a for x in lst])
print(lst.index(b), lst.count(a))
print(id([]) == id([]))
