# Equal constants of one compilation are one object (compile.c: merge_consts_recursive), across functions,
# and inside constant tuples; values of different types stay apart.
def f():
    return 1000.5
def g():
    return 1000.5
x = 1000.5
t = (1000.5, "a b")
print(f() is g(), f() is x, t[0] is x)
def h():
    return "a b"
print(h() is t[1])
def k():
    return 1.0
def m():
    return 1
print(k() is m(), type(k()).__name__, type(m()).__name__)
