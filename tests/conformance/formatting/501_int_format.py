def t(v, spec):
    try:
        print(repr(spec), repr(format(v, spec)))
    except Exception as e:
        print(repr(spec), type(e).__name__, e)

for v in [0, 7, -7, 255, 1234567, -1234567, 10 ** 20]:
    print("value", v)
    for spec in ["", "d", "5", "<5", "^7", "=+8", "+", " ", "-", "05", "010", ",", "_", "x", "X", "#x", "#X", "o", "#o", "b", "#b",
                 "_b", "_x", ",d", "*>10", "0=10", "#010x", "n", "e", ".2f", "%", "c"]:
        t(v, spec)
for spec in ["s", ".2", "z", ",x", "#c", "+c", "=^5", "abc", "5.5.5"]:
    t(42, spec)
t(0x110000, "c")
t(-1, "c")
