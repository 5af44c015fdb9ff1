import sys
def f():
    return 1 / 0
code = "x = [1, 2]\ny = x\nprint(sys.getrefcount(x))"
ns = {"sys": sys}
exec(code, ns)
print(sys.getrefcount(ns["x"]))
g = {}
exec("def sq(n):\n    return n * n\nresult = sq(7)", g)
print(g["result"], g["sq"].__name__, g["sq"].__module__ if "__name__" in g else None)
print(eval("[i * i for i in range(5)]"))
print(eval("a + 1", {"a": 41}))
val = 10
print(eval("val * 2"))
def scope():
    local_v = 3
    return eval("local_v + val")
print(scope())
try:
    exec("1/0")
except ZeroDivisionError as e:
    print("caught", e)
try:
    eval("x = = 2")
except SyntaxError as e:
    print("syntax", e.msg, e.lineno, e.offset)
c = compile("z = 5", "<mine>", "exec")
d = {}
print(exec(c, d), d["z"])
print(sorted(k for k in compile("q + r*2", "<e>", "eval").co_names))
exec("import sys as s2")
print(s2 is sys)
print(sys.getrefcount(c))
