def trial(f):
    try:
        return f()
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)
print(trial(lambda: 1.0 / 0))
print(trial(lambda: 1 // 0.0))
print(trial(lambda: 1.0 % 0))
print(trial(lambda: float("abc")))
print(trial(lambda: int(float("inf"))))
print(trial(lambda: int(float("nan"))))
print(trial(lambda: 2.0 ** 10000))
print(trial(lambda: 10 ** 400 * 1.0))
