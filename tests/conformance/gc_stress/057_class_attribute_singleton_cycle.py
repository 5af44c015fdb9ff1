import gc
gc.collect()
def define():
    class Config:
        instance = None
        def __init__(self, name):
            self.name = name
            Config.instance = self
        def __del__(self):
            print("del config", self.name)
    Config("only")
    return None
define()
print("class + instance", gc.collect())
def define_registry():
    class Plugin:
        registry = []
        def __init__(self, name):
            self.name = name
            self.kind = type(self)
            Plugin.registry.append(self)
    for n in ["p1", "p2", "p3"]:
        Plugin(n)
    return Plugin
P = define_registry()
print("registry", [p.name for p in P.registry], gc.collect())
del P
print("class with registry", gc.collect())
