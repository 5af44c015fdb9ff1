if c:
    v: int = 5
