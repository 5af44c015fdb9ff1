import sys
lst = list(range(100))
print(sys.getsizeof(lst))
out = []
while lst:
    lst.pop()
    out.append(sys.getsizeof(lst))
print(out)
