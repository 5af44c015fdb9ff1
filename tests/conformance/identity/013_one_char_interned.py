import sys
# One-character literals are interned; chr() returns the latin-1 singleton. For some characters CPython's
# interned object is a different (statically allocated) str.
for lit, code in [("x", 120), ("y", 121), ("z", 122), ("g", 103), ("u", 117), ("A", 65), ("B", 66), ("_", 95), ("!", 33), ("é", 233)]:
    print(repr(lit), lit is chr(code), sys.intern(chr(code)) is lit, lit == chr(code))
x = "x"
s = "xyz"[0]
print(s is x)
t = "".join(["x"])
print(t is chr(120), t is x)
q = "q"
print(sys.intern("q") is q, sys.intern("q") is chr(113))
d = {"x": 1}
print(list(d)[0] is x)
