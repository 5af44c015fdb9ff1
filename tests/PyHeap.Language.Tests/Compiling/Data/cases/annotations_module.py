x: int = 1
y: str
z.a: int = 2
w[0]: int
