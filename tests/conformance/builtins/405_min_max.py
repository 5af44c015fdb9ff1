print(max([3, 1, 2]), min([3, 1, 2]), max(3, 1, 2), min("b", "a", "c"))
print(max([1, -5, 3], key=abs), min([1, -5, 3], key=abs))
print(max([], default="empty"), min((), default=None))
print(max([1, 3, 3.0]), max([3.0, 3]), min([2, 2.0]))
print(max("hello"), max(["aa", "b"], key=len))
print(max([1, 2], key=None))
def check(f):
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
check(lambda: max())
check(lambda: max(1))
check(lambda: max([], x=1))
check(lambda: max(1, 2, default=3))
check(lambda: max([]))
check(lambda: min(()))
check(lambda: min(1, 2, key=1))
check(lambda: max([1, "a"]))
