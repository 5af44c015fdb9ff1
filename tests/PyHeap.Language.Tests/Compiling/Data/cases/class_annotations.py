class C:
    a: int
    b: str = 'x'
