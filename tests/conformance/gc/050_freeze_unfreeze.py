import gc
gc.collect()
print("initial freeze count", gc.get_freeze_count())
a = []
a.append(a)
del a
gc.freeze()
print("frozen some", gc.get_freeze_count() > 0)
print("count after freeze", gc.get_count())
print("frozen cycle not collected", gc.collect())
gc.unfreeze()
print("after unfreeze", gc.get_freeze_count())
print("collected after unfreeze", gc.collect())
