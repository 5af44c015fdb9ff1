def f(xs, k):
    return [x + k for x in xs if x], {y for y in xs}, (z for z in xs)
