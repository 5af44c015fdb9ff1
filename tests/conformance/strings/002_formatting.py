name = "Ann"
n = 42
x = 3.14159
print(f"{name} is {n} years, pi={x:.2f}, {n:>6}|{n:<6}|{n:^6}|{n:06d}")
print("{} and {}".format("a", "b"), "{1}{0}".format("x", "y"), "{k}={v}".format(k="key", v=1))
print("%s|%d|%5.1f|%-4s|%x|%r|%%" % ("s", 7, 2.25, "ab", 255, "q"))
print(f"{name!r} {name!s} {n:+d} {-n:+d} {n:x} {n:o} {n:b} {n:e}")
print("{:,}".format(1234567), "{:>10.3f}".format(x), "{:*^9}".format("mid"))
print(f"{'nested'} {[1, 2]} {(1,)} {None} {True}")
print("%(a)s-%(b)s" % {"a": 1, "b": 2}, "%c%c" % (72, "i"))
