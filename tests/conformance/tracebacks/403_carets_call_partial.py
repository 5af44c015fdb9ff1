def fail(x):
    raise ValueError(f"bad value {x}")

def middle():
    values = [1, 2]
    result = sum(values) + fail(len(values))
    return result

middle()
