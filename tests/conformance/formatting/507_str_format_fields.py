class Pt:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Pt({self.x}, {self.y})"
    def __format__(self, spec):
        return "Pt<" + spec + ">"

print("{} {} {}".format(1, "a", 2.5))
print("{0} {1} {0}".format("x", "y"))
print("{name} is {age}".format(name="Ann", age=30))
print("{0} {k}".format(1, k=2))
print("{0.x},{0.y}".format(Pt(1, 2)))
print("{p.x}".format(p=Pt(3, 4)))
print("{0[0]} {0[1]} {1[key]} {1[2]}".format(["a", "b"], {"key": "v", 2: "two"}))
print("{0[-1]}".format({"-1": "str key"}))
print("{0[0][1]}".format([["p", "q"]]))
print("{!r} {!s} {!a}".format("é", "é", "é"))
print("{0!r:>10}|{0!s:<6}|".format("ab"))
print("{:>{}}".format("x", 5))
print("{:{}{}}".format(1, ">", 5))
print("{0:{1}.{2}f}".format(3.14159, 8, 3))
print("{:{fill}^{w}}".format("m", fill="*", w=7))
print("{} {}".format(Pt(0, 0), "{}"))
print("{:hello}".format(Pt(0, 0)))
print("{:}".format(Pt(0, 0)))
print("{{}} {{{}}} }}{{".format(1))
print("{:d}|{:5}|{:<5}|{:^5}|{:x}".format(42, 42, 42, 42, 255))
print("{:.3}|{:10.2e}|{:,}|{:_}".format(3.14159, 12345.678, 1234567, 10 ** 10))
print("{!r:^20}".format([1, "a"]))
print("{0}{0}".format(True), "{:d}".format(True), "{:>5}".format(False))
print("{a}".format(**{"a": 1}), "{0}".format(*[9]))
print("{}".format(None), "{:>6}".format(str(None)))
print("".format(1, 2), "plain".format(x=1))
print("{0:}".format(3), "{:}".format("s"))
