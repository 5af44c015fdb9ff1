print(dict(), dict(a=1, b=2), dict([(1, 2), (3, 4)]), dict({"k": "v"}, extra=1))
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0))
print({k: k * k for k in range(5)}, {**{"a": 1}, "b": 2, **{"a": 3}})
print(dict(zip("abc", range(3))), {(1, 2): "tuple key", None: 0, 1.5: "f", True: "t"})
a = {"x": 1, "y": 2}
b = {"y": 3, "z": 4}
print(a | b, b | a)
a |= b
print(a)
