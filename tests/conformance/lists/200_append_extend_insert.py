a = []
a.append(1)
a.append("two")
a.append(a is None)
print(a)
a.extend([4, 5])
a.extend((6,))
a.extend(range(7, 9))
a.extend("ab")
a.extend(x * 10 for x in range(3))
a.extend({})
a.extend([])
print(a, len(a))
b = [1, 2, 3]
b.insert(0, "start")
b.insert(100, "end")
b.insert(-1, "before-end")
b.insert(-100, "very-start")
b.insert(2, "mid")
print(b)
c = [1, 2]
c.extend(c)
print(c)
c += c
print(c)
c += (9, 8)
c += range(2)
print(c)
d = [0]
d.extend({"k": 1, "j": 2})
print(d)
try:
    d.extend(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.insert("x", 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.insert(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.append()
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.append(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    d += 3
except TypeError as e:
    print(type(e).__name__, e)
print(d)
