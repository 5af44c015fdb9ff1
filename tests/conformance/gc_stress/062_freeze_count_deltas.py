import gc
gc.collect()
gc.freeze()
base = gc.get_freeze_count()
lists = [[i] for i in range(10)]
gc.freeze()
print("after 10 lists", gc.get_freeze_count() - base)
d = {"a": 1}
e = {"b": []}
t = tuple([1, 2])
gc.freeze()
print("dict untracked, dict tracked, tuple", gc.get_freeze_count() - base)
print("generation sizes", [len(gc.get_objects(g)) for g in range(3)])
gc.unfreeze()
print("unfrozen", gc.get_freeze_count())
print("collected", gc.collect())
print("lists in gen2", all(any(o is l for o in gc.get_objects(2)) for l in lists))
