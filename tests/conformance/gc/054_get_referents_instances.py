import gc
gc.collect()
class C:
    pass
c = C()
c.b = "bee"
c.a = "ay"
refs = gc.get_referents(c)
print("inline", refs[:-1], refs[-1] is C)
d = C()
d.a = "first"
d.b = "second"
print("shared-key order", gc.get_referents(d)[:-1])
print("vars order", list(vars(c)))
e = C()
e.x = "ex"
dd = e.__dict__
refs = gc.get_referents(e)
print("materialized", len(refs), refs[0] is dd, refs[1] is C)
