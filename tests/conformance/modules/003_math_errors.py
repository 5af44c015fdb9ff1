import math
def t(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return type(e).__name__ + ": " + str(e)
print(t(math.sqrt, -1))
print(t(math.log, 0))
print(t(math.log, -1))
print(t(math.factorial, -1))
print(t(math.factorial, 2.5))
print(t(math.exp, 1000))
print(t(math.floor, float("inf")))
print(t(math.floor, float("nan")))
print(t(math.sqrt, "x"))
print(math.floor(1e20), type(math.floor(2.5)).__name__)
