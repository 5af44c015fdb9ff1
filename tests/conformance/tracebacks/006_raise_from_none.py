def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError("not found: " + k) from None
print(lookup({"x": 1}, "x"))
lookup({}, "y")
