class Base:
    @property
    def name(self):
        return "base:" + type(self).__name__
class Child(Base):
    @property
    def name(self):
        return "child/" + super().name
print(Base().name, Child().name)
print(type(Base.name).__name__, Base.name.fget(Child()))
class RO:
    x = property(lambda self: 42)
r = RO()
print(r.x)
try:
    r.x = 1
except AttributeError as e:
    print(e)
try:
    del r.x
except AttributeError as e:
    print(e)
r.__dict__["x"] = "shadow"
print(r.x)
