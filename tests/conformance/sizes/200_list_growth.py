import sys
a = []
sizes = [sys.getsizeof(a)]
for i in range(130):
    a.append(i)
    sizes.append(sys.getsizeof(a))
print(sizes)
shrink = []
while a:
    a.pop()
    shrink.append(sys.getsizeof(a))
print(shrink)
b = []
caps = []
for i in range(40):
    b.insert(0, i)
    caps.append(sys.getsizeof(b))
print(caps)
print(sys.getsizeof([]), sys.getsizeof([1]), sys.getsizeof([1, 2]), sys.getsizeof([1, 2, 3]), sys.getsizeof([None] * 5))
print(a.__sizeof__(), [1, 2].__sizeof__())
