import sys
try:
    raise ValueError("boom")
except ValueError as e:
    print(sys.getrefcount(e))
    saved = e
    print(sys.getrefcount(e))
print(sys.getrefcount(saved))
try:
    print(e)
except NameError as err:
    print(type(err).__name__, err)
def f():
    try:
        1 / 0
    except ZeroDivisionError as e:
        print("in f", sys.getrefcount(e))
    try:
        return e
    except UnboundLocalError as err:
        return str(err)
print(f())
