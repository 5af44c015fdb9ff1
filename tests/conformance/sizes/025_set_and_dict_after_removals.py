import sys
s = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
print(sys.getsizeof(s))
for i in range(1, 10):
    s.remove(i)
print(sys.getsizeof(s), s)
for i in range(100, 110):
    s.add(i)
print(sys.getsizeof(s), len(s))
d = dict.fromkeys(range(10))
print(sys.getsizeof(d))
d.popitem()
print(sys.getsizeof(d))
