import gc, sys
gc.collect()
gc.disable()
r = []
a = r.append
w = sys.stdout.write
a(gc.get_count()[0])
a(gc.get_count()[0])
w("")
a(gc.get_count()[0])
w("")
a(gc.get_count()[0])
w("a")
a(gc.get_count()[0])
w("b")
a(gc.get_count()[0])
sys.stdout.flush()
w("c")
a(gc.get_count()[0])
w("")
a(gc.get_count()[0])
print()
print(r)
