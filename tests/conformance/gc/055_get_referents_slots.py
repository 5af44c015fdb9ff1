import gc
gc.collect()
class S:
    __slots__ = ("p", "q", "r")
s = S()
s.r = "rr"
s.p = "pp"
refs = gc.get_referents(s)
print("slots", refs[:-1], refs[-1] is S)
s.q = "qq"
print("all set", gc.get_referents(s)[:-1])
class E:
    __slots__ = ()
refs = gc.get_referents(E())
print("empty slots", len(refs), refs[0] is E)
