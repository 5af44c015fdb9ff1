# A dict with 10**6 int keys: hashing, probing and resizing.
d = {}
for i in range(10**6):
    d[i] = i
print(len(d))
