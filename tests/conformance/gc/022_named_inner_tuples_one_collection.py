import gc
gc.collect()
def build(x, y):
    inner1 = (x, y)
    inner2 = (x,)
    return inner1, inner2, (inner1, inner2)
i1, i2, t = build(1, 2)
print("start", gc.is_tracked(t), gc.is_tracked(i1), gc.is_tracked(i2))
gc.collect()
print("after 1", gc.is_tracked(t), gc.is_tracked(i1), gc.is_tracked(i2))
