import gc
gc.collect()
def define():
    class K:
        pass
    return K
K = define()
print("bases", gc.is_tracked(K.__bases__), "mro", gc.is_tracked(K.__mro__))
print([type(x).__name__ for x in gc.get_referents(K)])
gc.collect()
print("after collect: bases", gc.is_tracked(K.__bases__), "mro", gc.is_tracked(K.__mro__))
print("class", gc.is_tracked(K))
