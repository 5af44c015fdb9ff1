import sys
lst = [0] * 10
out = []
for i in range(30):
    lst.append(i)
    out.append(sys.getsizeof(lst))
print(out)
lst = list(range(9))
out = []
for i in range(20):
    lst.append(i)
    out.append(sys.getsizeof(lst))
print(out)
