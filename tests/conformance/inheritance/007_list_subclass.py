import sys, gc
class L(list):
    def total(self):
        return sum(self)
l = L([1, 2, 3])
l.append(4)
l.tag = "t"
print(l, l.total(), len(l), type(l).__name__, type(l) is L, isinstance(l, list))
print(l == [1, 2, 3, 4], [1, 2, 3, 4] == l, l[1], l[-1], l[1:3], type(l[1:3]).__name__)
print(l.tag, l.__dict__, vars(l) is l.__dict__, "tag" in dir(l))
print(sys.getsizeof(L()), sys.getsizeof(l), sys.getsizeof([1, 2, 3, 4]))
print(gc.is_tracked(L()), sys.getrefcount(l), sys.getrefcount(L))
print([c.__name__ for c in L.__mro__], L.__base__ is list, L.__bases__)
l2 = l + [5]
print(l2, type(l2).__name__, type(l * 2).__name__, list(l), sorted(L([3, 1, 2])))
l += [6]
print(l, type(l).__name__, l.tag)
l.extend(L([7]))
l.insert(0, 0)
print(l.pop(), l.index(2), l.count(1), 3 in l, l.copy(), type(l.copy()).__name__)
del l[0]
l[0] = 10
print(l, len(l), bool(L()), bool(l))
class E(L):
    pass
e = E("ab")
print(e, type(e).__name__, isinstance(e, L), e.total if False else "ok", E.__mro__[1] is L)
e.x = [1]
rc = sys.getrefcount(e.x)
print(rc)
del e
print(sys.getrefcount(L))
