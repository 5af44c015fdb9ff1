class C:
    def m(self, a):
        return a
    @staticmethod
    def s(a):
        return a
def t(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: C().m())
t(lambda: C().m(1, 2))
t(lambda: C.m(1))
t(lambda: C.s())
t(lambda: C(1))
t(lambda: C().m(a=1, b=2))
class D:
    def __init__(self, x, *, y):
        pass
t(lambda: D())
t(lambda: D(1))
t(lambda: D(1, 2))
t(lambda: int("1", "2", "3"))
t(lambda: [].append())
t(lambda: {}.get())
