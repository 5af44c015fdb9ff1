class Tag:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print("<" + self.n + ">")
        return self
    def __exit__(self, et, ev, tb):
        print("</" + self.n + ">", et is not None)
        if self.n == "outer" and et is KeyError:
            return True
with Tag("outer"):
    with Tag("inner") as t:
        print("text", t.n)
        raise KeyError("x")
print("done")
with Tag("a"), Tag("b"), Tag("c"):
    print("three")
