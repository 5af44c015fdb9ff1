class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
    def __repr__(self): return self.n
print(D("a"), D("b"))
x = [].__class__
print(max(D("m"), D("n"), key=lambda d: d.n))
print("end")
