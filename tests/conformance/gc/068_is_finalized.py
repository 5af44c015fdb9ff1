import gc
gc.collect()
saved = []
class WithDel:
    def __del__(self):
        saved.append(self)
class Plain:
    pass
a = WithDel()
a.me = a
p = Plain()
p.me = p
print("fresh", gc.is_finalized(a), gc.is_finalized(p))
del a
gc.collect()
print("resurrected", gc.is_finalized(saved[0]))
q = Plain()
print("atoms", gc.is_finalized(1), gc.is_finalized("s"), gc.is_finalized(None))
print("others", gc.is_finalized([]), gc.is_finalized(q))
saved.clear()
del p, q
print("collected", gc.collect())
