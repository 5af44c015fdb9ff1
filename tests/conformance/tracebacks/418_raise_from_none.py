def convert(v):
    try:
        return int(v)
    except ValueError:
        raise TypeError("not convertible") from None

convert("abc")
