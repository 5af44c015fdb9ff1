import gc
gc.collect()
class P:
    pass
p = P()
p.a = 1
d = p.__dict__
print("materialized atomic dict", gc.is_tracked(d))
p.b = []
print("after list attr", gc.is_tracked(d))
del p.b
gc.collect()
print("after full", gc.is_tracked(d))
p.c = (1, 2)
print("constant tuple attr", gc.is_tracked(d))
q = P()
q.x = 1
print("inline instance tracked", gc.is_tracked(q))
d2 = vars(q)
print("vars dict tracked", gc.is_tracked(d2))
q.y = q
print("self ref", gc.is_tracked(d2))
del q, d2
print("collected instance+dict", gc.collect())
r = P()
r.me = r
r.__dict__
del r
print("collected materialized cycle", gc.collect())
