def f():
    class C:
        def m(self):
            pass
    return C
