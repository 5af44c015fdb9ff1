import gc
gc.collect()
x = ["shared"]
holder1 = [x]
holder2 = [x, x]
other = [1]
refs = gc.get_referrers(x)
print("in holder1", any(r is holder1 for r in refs))
print("in holder2", any(r is holder2 for r in refs))
print("in other", any(r is other for r in refs))
holder2.clear()
refs = gc.get_referrers(x)
print("after clear holder2", any(r is holder2 for r in refs))
print("holder1 still", any(r is holder1 for r in refs))
