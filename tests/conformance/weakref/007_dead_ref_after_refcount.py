import weakref
class C:
    pass
def make():
    local = C()
    return weakref.ref(local)
r = make()
print("dead on return", r() is None)
lst = [C()]
r2 = weakref.ref(lst[0])
print("alive", r2() is lst[0])
lst.pop()
print("after pop", r2())
