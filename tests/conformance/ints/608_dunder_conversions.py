class A:
    def __int__(self):
        return 42
class B:
    def __index__(self):
        return 7
class C:
    def __trunc__(self):
        return 9
class D:
    def __int__(self):
        return 'no'
class E:
    def __trunc__(self):
        return 2.5
class F:
    def __index__(self):
        return 3
    def __int__(self):
        return 4
for o in [A(), B(), D(), F()]:
    try:
        print(type(o).__name__, int(o))
    except Exception as e:
        print(type(o).__name__, type(e).__name__, e)
print(hex(B()), bin(B()), oct(B()), [10, 20, 30, 40, 50, 60, 70, 80][B()], float(B()))
for x in [255, -255, 0, 2**70, -2**70, True]:
    print(hex(x), oct(x), bin(x))
for x in [1.5, 'a', None]:
    try:
        print(hex(x))
    except TypeError as e:
        print(type(e).__name__, e)
