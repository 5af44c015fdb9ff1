import sys
sys.stdout.write("one\n")
print("two", file=sys.stdout)
print(sys.stdout.write("three\n"))
print(type(sys.stdout).__name__, sys.stdout.isatty())
class Capture:
    def __init__(self):
        self.data = ""
    def write(self, s):
        self.data += s
old = sys.stdout
cap = Capture()
sys.stdout = cap
print("captured", 1)
sys.stdout = old
print(repr(cap.data))
