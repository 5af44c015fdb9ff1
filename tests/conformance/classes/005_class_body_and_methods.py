class K:
    x = 1
    y = x + 1
    names = [n for n in ("a", "b")]
    def method(self):
        return K.y
    print("in class body", x, y)
print(K.y, K().method(), K.names)
class Temp:
    def __init__(self, c):
        self.c = c
    def to_f(self):
        return self.c * 9 / 5 + 32
    def __eq__(self, other):
        return self.c == other.c
t = Temp(100)
f = t.to_f
print(f(), Temp(0).to_f(), Temp(1) == Temp(1), Temp(1) != Temp(2))
try:
    hash(t)
except TypeError as e:
    print(e)
