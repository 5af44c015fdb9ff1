stack = []
for ch in "(a[b]{c})":
    if ch in "([{":
        stack.append(ch)
    elif ch in ")]}":
        stack.pop()
print(stack, len(stack))
queue = list(range(5))
order = []
while queue:
    item = queue.pop(0)
    order.append(item)
    if item < 2:
        queue.append(item + 10)
print(order)
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
transposed = [list(row) for row in zip(*matrix)]
print(matrix, transposed)
flat = [v for row in matrix for v in row]
print(flat, flat[::-1][:3], sum(flat))
buckets = [[] for _ in range(3)]
for v in range(10):
    buckets[v % 3].append(v)
print(buckets)
names = ["c", "a", "b"]
ages = [3, 1, 2]
pairs = sorted(zip(ages, names))
print(pairs, [n for _, n in pairs])
lst = [5, 3, 8]
lst[lst.index(3)] = 30
print(lst, lst.count(8), max(lst), min(lst))
chunks = [flat[i:i + 4] for i in range(0, len(flat), 4)]
print(chunks)
rot = flat[3:] + flat[:3]
print(rot)
