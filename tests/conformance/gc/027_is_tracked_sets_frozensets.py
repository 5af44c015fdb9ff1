import gc
gc.collect()
s = {1, 2, 3}
fs = frozenset(s)
e = frozenset()
print("set", gc.is_tracked(s))
print("frozenset", gc.is_tracked(fs))
print("empty frozenset", gc.is_tracked(e))
gc.collect()
print("after collect", gc.is_tracked(s), gc.is_tracked(fs), gc.is_tracked(e))
t = {("a", 1), ("b", 2)}
gc.collect()
print("set of tuples", gc.is_tracked(t), [gc.is_tracked(x) for x in sorted(t)])
