# The first call of print with keywords makes its keyword tuple; the first repr of a container makes the
# thread dict and its Py_Repr list: objects CPython allocates once and keeps.
import gc
gc.collect()
r = []
c0 = gc.get_count()[0]; r.append(c0)
print(end="")
c0 = gc.get_count()[0]; r.append(c0)
print(end="")
c0 = gc.get_count()[0]; r.append(c0)
x = repr([1])
c0 = gc.get_count()[0]; r.append(c0)
x = repr([1])
c0 = gc.get_count()[0]; r.append(c0)
print(r)
new = [o for o in gc.get_objects(0)]
print(sorted(set(type(o).__name__ for o in new)))
for o in new:
    if type(o) is tuple and len(o) == 4: print(o)
