class Counter:
    created = 0
    def __init__(self):
        Counter.created += 1
    @classmethod
    def make(cls):
        return cls()
    @staticmethod
    def helper(a, b):
        return a + b
    @classmethod
    def count(cls):
        return cls.created
class Sub(Counter):
    pass
Counter()
Counter.make()
s = Sub.make()
print(Counter.count(), Sub.count(), type(s).__name__)
print(Counter.helper(1, 2), s.helper(3, 4))
print(type(Counter.__dict__["make"]).__name__, type(Counter.__dict__["helper"]).__name__)
