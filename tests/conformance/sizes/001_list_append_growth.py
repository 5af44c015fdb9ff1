import sys
lst = []
sizes = [sys.getsizeof(lst)]
for i in range(80):
    lst.append(i)
    sizes.append(sys.getsizeof(lst))
print(sizes)
