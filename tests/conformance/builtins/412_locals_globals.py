import sys
g = 1
print(sorted(k for k in globals() if not k.startswith("__")))
print(locals() is globals())
def f(a, b=2):
    c = [a, b]
    before = locals()
    print(sorted(before))
    d = 4
    after = locals()
    print(before is after, sorted(after), after["d"])
    print(sys.getrefcount(c))
    return vars()
print(sorted(f(1)))
def outer():
    x = 10
    def inner():
        return x
    print(sorted(locals()))
    return inner
outer()
print(sorted(dir()) == sorted(globals()))
class K:
    a = 1
    print(sorted(locals()))
