import sys
print("a", "b", sep="-", end="!\n")
print("x", file=None)
print(1, 2, 3, sep=None, end=None)
print(file=sys.stdout)
print("to stdout", file=sys.stdout, flush=True)
class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        self.parts.append("<flush>")
s = Sink()
print("hello", 42, sep=", ", file=s, flush=True)
print(s.parts)
n = sys.stdout.write("written\n")
print(n)
sys.stdout.flush()
def check(f):
    try:
        print(f())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
check(lambda: print(1, sep=2))
check(lambda: print(1, end=3))
check(lambda: print(1, file=2))
check(lambda: print(x=1))
check(lambda: sys.stdout.write(1))
