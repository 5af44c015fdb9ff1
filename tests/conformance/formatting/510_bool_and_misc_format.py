def t(v, spec):
    try:
        print(repr(v), repr(spec), repr(format(v, spec)))
    except Exception as e:
        print(repr(v), repr(spec), type(e).__name__, e)

for v in [True, False]:
    for spec in ["", "d", ">5", "<6", "x", "b", ".2f", "s", "^7", "+", "#x", "c"]:
        t(v, spec)
t(None, "")
t(None, ">5")
t([1], "")
t((1, 2), "s")
t(object, "")
print(format(5), format("s"), format(2.5), format(True))
print((12).__format__("04"), (2.5).__format__(".3f"), "x".__format__(">3"), True.__format__(""))
try:
    (1).__format__(2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "x".__format__(2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1.5).__format__()
except TypeError as e:
    print(type(e).__name__, e)
print(type(format(1, "")), type(f"{1}"))
