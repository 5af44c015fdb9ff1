import gc
gc.collect()
def make():
    items = [1, 2]
    def get():
        return items
    items.append(get)
make()
print("collected", gc.collect())
def make2():
    items = []
    items.append(lambda: items)
    items.append(lambda: len(items))
make2()
print("two lambdas", gc.collect())
