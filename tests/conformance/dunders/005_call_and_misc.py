class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return x + self.n
add3 = Adder(3)
print(add3(4), callable(add3), callable(Adder), list(map(add3, [1, 2])))
class Truthy:
    def __len__(self):
        return 0
print(bool(Truthy()), not Truthy())
class Idx:
    def __index__(self):
        return 2
print([10, 20, 30][Idx()], "abcd"[Idx()], range(5)[Idx()], bin(Idx()))
class Conv:
    def __int__(self):
        return 7
    def __float__(self):
        return 2.5
    def __str__(self):
        return "conv"
print(int(Conv()), float(Conv()), str(Conv()))
