a = [1, 2, 3]
tests = [lambda: a[5], lambda: a.pop(10), lambda: [].pop(), lambda: a.remove(9), lambda: a.index(9),
         lambda: a["x"], lambda: a + (1,), lambda: a * 1.5, lambda: [1, "a"].sort()]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__ + ":", e)
