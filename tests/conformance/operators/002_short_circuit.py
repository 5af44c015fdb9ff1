def v(x):
    print("eval", x)
    return x
print(v(0) and v(1))
print(v(2) and v(3))
print(v(0) or v(4))
print(v("") or v([]) or v(None))
print(not v(0), not v("x"))
print(v(1) if v(0) else v(2))
r = v([]) or "default"
print(r, 0 or 0.0 or "" or (), 1 and "yes" and [0])
