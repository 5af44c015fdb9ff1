def risky(n):
    if n == 0:
        raise ZeroDivisionError("zero")
    if n == 1:
        raise KeyError("one")
    if n == 2:
        raise TypeError("two")
    return n
for n in range(4):
    try:
        print(risky(n))
    except (ZeroDivisionError, KeyError) as e:
        print("tuple handler", type(e).__name__, e)
    except Exception as e:
        print("generic", type(e).__name__, e)
try:
    try:
        risky(1)
    except KeyError:
        print("re-raising")
        raise
except LookupError as e:
    print("outer", repr(e))
e = "before"
try:
    raise ValueError
except ValueError as e:
    pass
print("e" in globals())
