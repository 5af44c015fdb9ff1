x: int = 1
def f(a: T) -> R:
    y: int = 2
    return y
