records = []
for i in range(300):
    records.append(((i * 7919) % 13, i))
s = sorted(records, key=lambda r: r[0])
ok = all(s[j][0] < s[j + 1][0] or (s[j][0] == s[j + 1][0] and s[j][1] < s[j + 1][1]) for j in range(len(s) - 1))
print(ok, s[:5], s[-3:])
lst = list(records)
lst.sort(key=lambda r: r[0], reverse=True)
ok = all(lst[j][0] > lst[j + 1][0] or (lst[j][0] == lst[j + 1][0] and lst[j][1] < lst[j + 1][1]) for j in range(len(lst) - 1))
print(ok, lst[:5])
data = [(i * 37) % 101 for i in range(1000)]
data2 = list(data)
data2.sort()
print(data2[:10], data2[-10:], len(data2))
desc = list(range(100, 0, -1)) + list(range(50))
desc.sort()
print(desc[:5], desc[-5:])
runs = []
for k in range(10):
    runs.extend(range(k * 3, k * 3 + 40))
runs.sort()
print(runs[:12], runs[-4:], len(runs))
