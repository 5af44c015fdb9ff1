import gc
gc.collect()
def outer():
    def inner(n):
        if n == 0:
            return 0
        return inner(n - 1) + 1
    return inner
f = outer()
print("works", f(5))
print("closure", type(f.__closure__).__name__, len(f.__closure__))
print("cell holds f", f.__closure__[0].cell_contents is f)
del f
print("collected", gc.collect())
