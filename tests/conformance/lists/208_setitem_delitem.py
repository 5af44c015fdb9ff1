a = list(range(10))
a[0] = "zero"
a[-1] = "last"
print(a)
a[2:4] = ["x", "y", "z"]
print(a)
a[5:5] = [100, 200]
print(a)
a[:2] = []
print(a)
a[1:3] = "ab"
print(a)
a[len(a):] = (1, 2)
print(a)
a[-2:] = range(3)
print(a)
del a[0]
print(a)
del a[-1]
print(a)
del a[2:5]
print(a)
del a[::2]
print(a)
b = list(range(12))
b[::3] = "ABCD"
print(b)
b[::-4] = [0, 0, 0]
print(b)
b[10:2:-3] = ["p", "q", "r"]
print(b)
del b[::-3]
print(b)
del b[1:8:2]
print(b)
c = [1, 2, 3]
c[:] = c
print(c)
c[1:2] = c
print(c)
c[::-1] = c
print(c)
d = [1, 2, 3, 4, 5]
d[3:1] = ["in"]
print(d)
d[4:1:2] = []
print(d)
d[1:4:1] = [7]
print(d)
def s1(): d[10] = 1
def s2(): del d[10]
def s3(): d[-10] = 1
def s4(): d['a'] = 1
def s5(): del d['a']
def s6(): d[::2] = [1]
def s7(): d[::2] = 5
def s8(): d[0:1] = 5
def s9(): d[::0] = []
def s10(): del d[::0]
def s11(): d[1.5] = 0
for f in [s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11]:
    try:
        f()
    except Exception as e:
        print(f.__name__, "->", type(e).__name__, e)
print(d)
e = list(range(6))
e[1:5] = (x * 10 for x in range(2))
print(e)
del e[:]
print(e)
