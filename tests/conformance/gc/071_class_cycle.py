import gc
gc.collect()
def define_empty():
    class K:
        pass
    return K
define_empty()
print("empty class, dies young", gc.collect())
k = define_empty()
print("kept", gc.collect(), k.__name__)
del k
print("empty class after surviving a collection", gc.collect())
def define_with_method():
    class M:
        def method(self):
            return 1
define_with_method()
print("class with method", gc.collect())
