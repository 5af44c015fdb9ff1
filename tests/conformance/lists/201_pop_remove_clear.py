a = list(range(10))
print(a.pop(), a)
print(a.pop(0), a)
print(a.pop(-2), a)
print(a.pop(3), a)
a.remove(5)
print(a)
a.remove(True)
print(a)
for bad in [100, -100]:
    try:
        a.pop(bad)
    except IndexError as e:
        print(type(e).__name__, e)
try:
    a.remove(42)
except ValueError as e:
    print(type(e).__name__, e)
try:
    a.pop("1")
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.pop(2 ** 70)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    a.pop(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
a.clear()
print(a, len(a))
try:
    a.pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    [].pop(2 ** 70)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    a.clear(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.remove()
except TypeError as e:
    print(type(e).__name__, e)
b = [1.0, 1, True, 2]
b.remove(1)
print(b)
