import gc
gc.collect()
for g in [3, 4, -1, -100]:
    try:
        gc.collect(g)
        print("ok", g)
    except ValueError as e:
        print(g, type(e).__name__, e)
for g in ["2", 1.0, None]:
    try:
        gc.collect(g)
        print("ok", g)
    except TypeError as e:
        print(type(g).__name__, type(e).__name__, e)
try:
    gc.collect(2 ** 80)
except OverflowError as e:
    print(type(e).__name__, e)
print("keyword", gc.collect(generation=2))
