class C(B):
    def f(self):
        return super().f()
