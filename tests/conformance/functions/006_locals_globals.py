g = 1
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
def outer():
    x = 1
    def inner():
        return x
    return sorted(locals())
print(outer())
print("g" in globals(), globals()["g"], "f" in vars())
def uses_global():
    return g
g = 5
print(uses_global())
def shadow():
    g = "local"
    return g, globals()["g"]
print(shadow())
