import gc
gc.collect()
def build():
    box = []
    f = lambda x=box: len(x)
    box.append(f)
    return f()
print("len", build())
print("list+function+defaults", gc.collect())
def build_kw():
    box = []
    def g(*, k=box):
        return k
    box.append(g)
build_kw()
print("list+function+kwdefaults", gc.collect())
