import gc
gc.collect()
rescued = []
class A:
    def __del__(self):
        print("A.__del__ rescues partner")
        rescued.append(self.partner)
class B:
    def __del__(self):
        print("B.__del__ runs too")
a = A()
b = B()
a.partner = b
b.partner = a
del a, b
print("collected", gc.collect())
print("rescued", type(rescued[0]).__name__, type(rescued[0].partner).__name__)
print("both finalized", gc.is_finalized(rescued[0]), gc.is_finalized(rescued[0].partner))
rescued.clear()
print("collected again (no __del__)", gc.collect())
