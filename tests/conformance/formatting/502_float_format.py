def t(v, spec):
    try:
        print(repr(spec), repr(format(v, spec)))
    except Exception as e:
        print(repr(spec), type(e).__name__, e)

for v in [0.0, -0.0, 1.0, 3.14159, -2.5, 1234567.891, 1e16, 1.5e-7, 12345.678, 0.1, 1e300, float("inf"), float("-inf"), float("nan")]:
    print("value", repr(v))
    for spec in ["", ".2f", "f", "e", "E", "g", "G", ".3g", "%", ".1%", "10.3f", "<10", "^12.2e", "+.1f", " .1f", "08.3f",
                 "010.2f", ",", ",.2f", "_.3f", "#g", "#.0f", "z.1f", ".0f", ".0e", "n", "r" if False else "g", "*^15,.2f", ".20f"]:
        t(v, spec)
for spec in ["d", "x", "s", "c", ".f", "abc"]:
    t(1.5, spec)
print(format(1.0), format(1e16), format(1.5), format(-0.0), format(2.5e-5))
print(f"{3.14159:.2f}", f"{2/3:.4}", f"{1e100:.3e}", f"{123.456:08.2f}", f"{0.5:%}")
