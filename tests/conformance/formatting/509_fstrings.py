name = "Ann"
n = 42
x = 3.14159
big = 1234567.891
print(f"{name} {n} {x}")
print(f"{name!r} {name!s} {name!a} {'é'!a} {'é'!r}")
print(f"{n:>10}|{n:<10}|{n:^10}|{n:010}|{n:+}|{n:x}|{n:#o}|{n:b}")
print(f"{x:.2f}|{x:10.3f}|{x:<10.1f}|{x:e}|{x:.3g}|{x:%}")
print(f"{big:,}|{big:,.2f}|{big:_.1f}|{n:,}|{10**9:_}")
print(f"{n:08.3f}|{-n:08.3f}|{n:+08.2f}")
w = 8
p = 2
print(f"{x:{w}.{p}f}|{name:{'*'}^{w}}|")
print(f"{name:>{w}}|{name:<{w}}|")
print(f"{[1, 2]} {(1,)} {None} {True} {False:d} {True:>5}")
print(f"{{literal}} {{{n}}}")
print(f"{n + 1} {n * 2:5d} {'nested'}")
print(f"{n=}" if False else f"n={n!r}")
d = {"k": "v"}
print(f"{d['k']} {d!r}")
items = ["a", "b"]
print(f"{len(items)} items: {', '.join(items)}")
print(f"{3.0} {1e16} {1.5e-7} {-0.0} {2 ** 100}")
print(f"{'😀':*^5}|{'中文':>6}|")
class C:
    def __format__(self, spec):
        return "C(" + spec + ")"
    def __repr__(self):
        return "C-repr"
    def __str__(self):
        return "C-str"
c = C()
print(f"{c} {c:xyz} {c!r} {c!s} {c!r:>8}")
for v in [0, 1, -1, 255]:
    print(f"{v:#06x} {v:^+7d} {v:=+6} {v: d}")
print(f"{'left':<8}|{'right':>8}|{'mid':^8}|")
