class Base:
    x = "base"
    def get(self):
        return self.x
    def call_hook(self):
        return self.hook()
    def hook(self):
        return "base hook"
class Derived(Base):
    x = "derived"
    def hook(self):
        return "derived hook"
d = Derived()
print(d.get(), d.call_hook(), Base.get(d), super(Derived, d).hook())
del Derived.x
print(d.get())
d.x = "instance"
print(d.get(), Derived.x)
print(Derived.__dict__.get("hook") is not None, "get" in Derived.__dict__)
class MyList(list):
    def total(self):
        return sum(self)
m = MyList([1, 2, 3])
m.append(4)
print(m, m.total(), len(m), type(m).__name__, isinstance(m, list))
