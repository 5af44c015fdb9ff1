def context():
    try:
        {}["missing"]
    except KeyError:
        raise ValueError("while handling")
def cause():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise RuntimeError("wrapped") from e
def suppressed():
    try:
        [][0]
    except IndexError:
        raise TypeError("clean") from None
for fn in (context, cause, suppressed):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, e)
        print(" cause:", repr(e.__cause__), "context:", repr(e.__context__), "suppress:", e.__suppress_context__)
