cases = [lambda: 1 + "a", lambda: "a" + 1, lambda: [1] + (1,), lambda: 1 < "a", lambda: None + 1,
         lambda: "a" * "b", lambda: {} < {}, lambda: -"x", lambda: ~1.5, lambda: 1 / 0, lambda: 5 % 0,
         lambda: [] - [], lambda: 2 ** "a", lambda: {1} + {2}, lambda: "%d" % "x", lambda: len(5)]
for c in cases:
    try:
        c()
    except Exception as e:
        print(type(e).__name__ + ":", e)
