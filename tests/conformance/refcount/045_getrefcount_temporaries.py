import sys
print(sys.getrefcount([]))
print(sys.getrefcount({}))
print(sys.getrefcount([1, 2, 3]))
class C:
    pass
print(sys.getrefcount(C()))
def make():
    return []
print(sys.getrefcount(make()))
a = []
print(sys.getrefcount([a][0]))
print(sys.getrefcount((a, a)[0]))
