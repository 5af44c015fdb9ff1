import gc
gc.collect()
gc.freeze()
first = gc.get_freeze_count()
x = [[], [], {}, (1, [2])]
gc.freeze()
print("delta", gc.get_freeze_count() - first)
print("untracked dict stays untracked", gc.is_tracked(x[2]))
gc.unfreeze()
print("unfrozen", gc.get_freeze_count())
gc.collect()
print("count", gc.get_count())
