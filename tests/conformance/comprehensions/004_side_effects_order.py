calls = []
def f(x):
    calls.append(x)
    return x * 10
print([f(x) for x in range(4) if x % 2])
print(calls)
print({f(k): f(v) for k, v in [(1, 2), (3, 4)]})
print(calls)
data = {"a": 1, "b": 2}
print([k for k in data], list({v: k for k, v in data.items()}.items()))
print({x: y for x in range(2) for y in "ab"})
print([f(n) for n in range(3)][-1], len(calls))
