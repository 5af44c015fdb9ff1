import sys
sys.setrecursionlimit(100)
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print(type(e).__name__, e)
def t(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: [].pop())
t(lambda: {}.popitem())
t(lambda: next(iter([])))
class Abstract:
    def run(self):
        raise NotImplementedError("subclass must implement")
t(lambda: Abstract().run())
t(lambda: float(10 ** 400))
t(lambda: (1).bit_length(2))
