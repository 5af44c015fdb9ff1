import gc
gc.collect()
big = 2 ** 100
values = [0, 1, big, -7, 3.5, "text", "", b"bytes", b"", None, True, False, ()]
for v in values:
    print(type(v).__name__, gc.is_tracked(v))
s = "a" * 50
print("runtime str", gc.is_tracked(s))
print("range", gc.is_tracked(range(10)))
print("slice", gc.is_tracked(slice(1, 2)))
