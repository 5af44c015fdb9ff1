s = StopIteration()
print(s.value, StopIteration(5).value, StopIteration(1, 2).value)
print(SystemExit().code, SystemExit(3).code, SystemExit(1, 2).code)
n = NameError("msg", name="x")
print(n.name, NameError().name, str(n))
a = AttributeError("m", name="attr", obj=[1])
print(a.name, a.obj, AttributeError().name, AttributeError().obj)
i = ImportError("no module", name="mod", path="/p")
print(i.msg, i.name, i.path, str(i), ImportError().msg, ImportError(1, 2).msg)
try:
    [].nope
except AttributeError as e:
    print(e.name, e.obj, str(e))
try:
    undefined_thing
except NameError as e:
    print(e.name, str(e))
class C:
    pass
try:
    C.missing
except AttributeError as e:
    print(e.name, e.obj.__name__, str(e))
def check(f):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
check(lambda: NameError("a", name="x", y=2))
check(lambda: NameError(z=1))
check(lambda: AttributeError(z=1))
check(lambda: ImportError(x=1))
check(lambda: StopIteration(value=1))
e = StopIteration(4)
e.value = 9
print(e.value, e.args)
