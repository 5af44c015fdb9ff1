import sys
a = []
def depth(p, n):
    if n == 0:
        return [sys.getrefcount(p)]
    return depth(p, n - 1) + [sys.getrefcount(p)]
print(depth(a, 4))
def depth2(n, acc):
    acc.append(sys.getrefcount(acc))
    if n:
        depth2(n - 1, acc)
res = []
depth2(3, res)
print(res)
