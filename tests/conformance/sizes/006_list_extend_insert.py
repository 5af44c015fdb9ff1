import sys
lst = []
out = []
for i in range(12):
    lst.extend([i, i])
    out.append(sys.getsizeof(lst))
print(out)
lst2 = []
out = []
for i in range(20):
    lst2.insert(0, i)
    out.append(sys.getsizeof(lst2))
print(out)
lst2.clear()
print(sys.getsizeof(lst2))
lst3 = [1, 2, 3]
lst3 += [4]
print(sys.getsizeof(lst3))
