class C:
    def f(self, *, __k=1):
        return __k
