print(hash(1), hash(-1), hash(True), hash(None) == hash(None), hash((1, 2)) == hash((1, 2)))
a = [1]
b = a
print(id(a) == id(b), id(a) == id([1]))
print(str(1.0), repr("a'b"), repr('a"b'), str([1, "a"]), repr({"k": ("v",)}))
print(repr(1e16), repr(-0.0), str(10 ** 20), repr(b"\x01"), repr(None), repr(...))
try:
    hash([])
except TypeError as e:
    print(e)
try:
    hash({})
except TypeError as e:
    print(e)
