def f(a, b, c=3):
    pass
def g(*, k):
    pass
def h(x):
    pass
cases = [lambda: f(1), lambda: f(), lambda: f(1, 2, 3, 4), lambda: f(1, 2, d=5), lambda: f(1, 2, a=1),
         lambda: g(1), lambda: g(), lambda: h(y=1), lambda: (lambda: 0)(1), lambda: len(), lambda: len(1, 2),
         lambda: f(1, b=2, b2=3)]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(e)
