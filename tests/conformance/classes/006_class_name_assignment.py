# A class's __name__, __qualname__, __doc__ and __module__ can be assigned (strings only for the names);
# builtin types are immutable, and none of the four can be deleted.
class C:
    "doc"

def show():
    print(C.__name__, C.__qualname__, repr(C.__doc__), C.__module__, repr(C))
    r = repr(C())
    print(r[:r.index(" at 0x")])

def t(label, f):
    try:
        f()
        print(label, "ok")
    except (TypeError, ValueError, AttributeError) as e:
        print(label, type(e).__name__, e)

show()
C.__name__ = "D"
show()
C.__qualname__ = "Outer.D"
show()
C.__doc__ = "new doc"
show()
C.__module__ = "mod"
show()
C.__doc__ = None
C.__module__ = 5
show()
C.__module__ = "__main__"

def set_attr(obj, name, value):
    setattr(obj, name, value)

t("name int", lambda: set_attr(C, "__name__", 1))
t("qualname int", lambda: set_attr(C, "__qualname__", 2))
t("name nul", lambda: set_attr(C, "__name__", "a\0b"))
t("int name", lambda: set_attr(int, "__name__", "x"))
t("int qualname", lambda: set_attr(int, "__qualname__", "x"))
t("int doc", lambda: set_attr(int, "__doc__", "x"))
t("int module", lambda: set_attr(int, "__module__", "x"))
for name in ["__name__", "__qualname__", "__doc__", "__module__"]:
    t("del " + name, lambda: delattr(C, name))
t("del int name", lambda: delattr(int, "__name__"))
show()

class E(Exception):
    pass
E.__name__ = "Renamed"
E.__qualname__ = "Renamed"
try:
    raise E("boom")
except E as e:
    print(type(e).__name__, repr(e))

def f():
    class Local:
        pass
    return Local
L = f()
print(L.__qualname__)
L.__qualname__ = "Local"
print(L.__qualname__, L.__name__)
