def f(a, b, c):
    if a and b or c:
        return 1
    if not (a or b):
        return 2
    return 3
