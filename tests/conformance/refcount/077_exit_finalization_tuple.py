class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def main():
    x1 = [D("a0"), D("a1")]
    x2 = D("b")
    return x1, x2
keep = main()
single = D("s")
print("done")
