import gc
gc.collect()
def build(x, y):
    return ((x, y), (x,))
t = build(1, 2)
print("start", gc.is_tracked(t), gc.is_tracked(t[0]), gc.is_tracked(t[1]))
gc.collect()
print("after 1", gc.is_tracked(t), gc.is_tracked(t[0]), gc.is_tracked(t[1]))
gc.collect()
print("after 2", gc.is_tracked(t), gc.is_tracked(t[0]), gc.is_tracked(t[1]))
