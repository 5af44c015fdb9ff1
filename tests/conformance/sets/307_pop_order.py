s = set(range(1, 11))
print(s.pop(), s.pop(), s.pop())
print(s)
s.add(1)
print(s.pop(), s)
t = {100, 3, 50, 7}
out = []
while t:
    out.append(t.pop())
print(out)
u = set('abcdef')
print(sorted([u.pop() for _ in range(6)]))
v = set(range(40))
for i in range(10):
    v.pop()
v.add(5)
print(v.pop(), len(v))
