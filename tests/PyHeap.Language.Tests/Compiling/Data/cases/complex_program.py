import sys

class Stack:
    """A stack."""
    def __init__(self):
        self.items = []

    def push(self, item):
        self.items.append(item)

    def pop(self):
        if not self.items:
            raise IndexError("empty")
        return self.items.pop()

    def __len__(self):
        return len(self.items)

def main(argv):
    s = Stack()
    for a in argv:
        try:
            s.push(int(a))
        except ValueError as e:
            print(f"skip {a!r}: {e}", file=sys.stderr)
    total = 0
    while len(s):
        total += s.pop()
    return total

if __name__ == "__main__":
    print(main(sys.argv[1:]))
