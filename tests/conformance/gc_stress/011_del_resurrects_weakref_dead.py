import gc
import weakref
gc.collect()
saved = []
calls = []
class Undying:
    def __del__(self):
        print("__del__ runs, weakrefs", weakref.getweakrefcount(self))
        saved.append(self)
u = Undying()
u.me = u
wr = weakref.ref(u, lambda r: calls.append("cb"))
del u
print("collected", gc.collect())
print("calls", calls, "weakref dead", wr() is None)
print("resurrected", len(saved), type(saved[0]).__name__)
print("finalized", gc.is_finalized(saved[0]))
wr2 = weakref.ref(saved[0], lambda r: calls.append("cb2"))
print("new ref alive", wr2() is saved[0])
saved.clear()
print("after clear", gc.collect(), calls, wr2() is None)
