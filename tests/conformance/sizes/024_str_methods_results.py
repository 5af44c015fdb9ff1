import sys
s = "Hello, World"
print(sys.getsizeof(s.upper()), sys.getsizeof(s.lower()), sys.getsizeof(s[:5]))
print(sys.getsizeof(s.replace("o", "\xf6")), sys.getsizeof("-".join(["a", "b"])))
print([sys.getsizeof(p) for p in "a bb ccc".split()])
print(sys.getsizeof(f"{12:5d}"), sys.getsizeof("%s-%d" % ("x", 3)))
