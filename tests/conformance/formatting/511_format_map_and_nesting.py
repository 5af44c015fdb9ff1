class Default:
    def __init__(self, **known):
        self.known = known
    def __getitem__(self, key):
        if key in self.known:
            return self.known[key]
        return "<" + key + ">"

print("{a} and {b}".format_map({"a": 1, "b": 2}))
print("{a} and {missing}".format_map(Default(a=1)))
print("{x[0]} {x[1]:>4}".format_map({"x": [1, 2]}))
print("{:>{width}}".format("r", width=6))
print("{0:{fill}{align}{width}}".format("v", fill="-", align="^", width=9))
print("{0:{1}}|{0:{2}}".format(3.5, "8.2f", "<8"))
print("{:{}}".format("ab", ""))
print("{0!s:{1}}".format(1.25, ">7"))
rows = [("apple", 3, 1.5), ("kiwi", 12, 0.25), ("fig", 100, 10.0)]
for name, qty, price in rows:
    print("{:<8}|{:>5d}|{:>8.2f}|".format(name, qty, price))
    print(f"{name:<8}|{qty:>5d}|{price:>8.2f}|")
    print("%-8s|%5d|%8.2f|" % (name, qty, price))
template = "{greeting}, {0}! You have {n:,} new {what}."
print(template.format("Bob", greeting="Hi", n=12345, what="messages"))
