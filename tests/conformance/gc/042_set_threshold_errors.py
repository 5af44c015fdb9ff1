import gc
gc.collect()
for args in [(), (1, 2, 3, 4), ("a",), (1.5,), (None,)]:
    try:
        gc.set_threshold(*args)
        print("ok", len(args))
    except TypeError as e:
        print(len(args), type(e).__name__, e)
print("unchanged", gc.get_threshold())
try:
    gc.get_threshold(1)
except TypeError as e:
    print(type(e).__name__, e)
