x = "outer"
lst = [x for x in range(3)]
print(x, lst)
y = 10
print([y + i for i in range(2)])
try:
    print(i)
except NameError as e:
    print(e)
class C:
    val = 5
    items = [1, 2]
    doubled = [v * 2 for v in items]
    try:
        bad = [val for _ in range(2)]
    except NameError as e:
        err = str(e)
print(C.doubled, C.err)
def f():
    k = 3
    return [k * j for j in range(3)]
print(f())
