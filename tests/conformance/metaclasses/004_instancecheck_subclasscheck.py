# __instancecheck__ and __subclasscheck__ on a metaclass drive isinstance/issubclass.
class Check(type):
    def __instancecheck__(cls, inst):
        print("instancecheck", cls.__name__, type(inst).__name__)
        return isinstance(inst, int) or super().__instancecheck__(inst)

    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__)
        return sub is int or super().__subclasscheck__(sub)


class Anything(metaclass=Check):
    pass


class Child(Anything):
    pass


print(isinstance(3, Anything), isinstance("s", Anything))
print(isinstance(Anything(), Anything))
print(isinstance(Child(), Anything))
print(issubclass(int, Anything), issubclass(str, Anything), issubclass(Child, Anything))
print(issubclass(Anything, Anything))
print(isinstance(3, (str, Anything)), issubclass(int, (str, Anything)))
print(type.__instancecheck__(Anything, 3), type.__subclasscheck__(Anything, int))
print(isinstance(Anything, Check), issubclass(Check, type))


class Truthy(type):
    def __instancecheck__(cls, inst):
        return [1]

    def __subclasscheck__(cls, sub):
        return 0


class T(metaclass=Truthy):
    pass


print(isinstance(None, T), issubclass(T, T), issubclass(int, T))
print(issubclass(3, T))
try:
    issubclass(3, str)
except TypeError as e:
    print("TypeError:", e)
