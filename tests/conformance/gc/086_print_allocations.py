# print (Argument Clinic *args in 3.11) makes its keyword tuple on the first call and packs its positional
# arguments into a tuple on every call: GC allocations gc.get_count() sees; sys.stdout.write makes none.
import gc, sys
gc.collect()
gc.disable()
r = []
a = r.append
a(gc.get_count()[0])
a(gc.get_count()[0])
print("x")
a(gc.get_count()[0])
print("y")
a(gc.get_count()[0])
sys.stdout.flush()
a(gc.get_count()[0])
print("z")
a(gc.get_count()[0])
print("w", "v")
a(gc.get_count()[0])
sys.stdout.write("q\n")
a(gc.get_count()[0])
sys.stdout.flush()
a(gc.get_count()[0])
sys.stdout.write("q")
a(gc.get_count()[0])
sys.stdout.write("q\n")
a(gc.get_count()[0])
print(r)
