import weakref
class Res:
    pass
def report(tag, sep="-"):
    print("report", tag, sep)
r = Res()
f1 = weakref.finalize(r, report, "first")
f2 = weakref.finalize(r, report, "second", sep="+")
f3 = weakref.finalize(r, report, "third")
print("weakrefs", weakref.getweakrefcount(r))
del r
print("all dead", f1.alive, f2.alive, f3.alive)
