# The types module: the names of builtin types, SimpleNamespace, MappingProxyType, new_class and
# resolve_bases, GenericAlias/UnionType/NoneType.
import sys
import types


def f():
    pass


def gen():
    yield 1


class C:
    def m(self):
        pass


print(types.FunctionType is type(f), types.LambdaType is types.FunctionType, types.GeneratorType is type(gen()))
print(types.MethodType is type(C().m), types.BuiltinFunctionType is type(len), types.ModuleType is type(sys))
print(types.NoneType, types.EllipsisType, types.NotImplementedType, types.GenericAlias, types.UnionType)
print(types.CodeType, types.CellType, types.MappingProxyType, types.MethodWrapperType, types.WrapperDescriptorType)
print(types.MethodDescriptorType, types.ClassMethodDescriptorType, types.GetSetDescriptorType, types.MemberDescriptorType)
print(isinstance(f, types.FunctionType), isinstance(len, types.BuiltinFunctionType), types.GenericAlias(list, int))
print(types.GenericAlias(dict, (str, int)) == dict[str, int])

ns = types.SimpleNamespace(a=1, b='two')
print(ns, ns.a, ns == types.SimpleNamespace(b='two', a=1), ns == types.SimpleNamespace(a=1))
ns.c = [ns]
print(ns)
del ns.a
print(ns, vars(ns) is ns.__dict__, types.SimpleNamespace())

proxy = types.MappingProxyType({'x': 1})
print(proxy, proxy['x'], len(proxy), list(proxy), 'x' in proxy)
try:
    proxy['y'] = 2
except TypeError as e:
    print(e)
try:
    types.MappingProxyType([1])
except TypeError as e:
    print(e)

Made = types.new_class('Made', (), {}, lambda ns: ns.update({'greet': lambda self: 'hi'}))
print(Made, Made().greet(), Made.__module__ == 'types')
print(types.resolve_bases((list[int], dict)), types.resolve_bases((int,)))
Sub = types.new_class('Sub', (list[int],))
print(Sub.__bases__, Sub.__orig_bases__)
m = types.ModuleType('mymod', 'doc text')
m.value = 3
print(m, m.__name__, m.__doc__, m.value)
for args in ((), (1,), ('a', 'b', 'c')):
    try:
        types.ModuleType(*args)
    except TypeError as e:
        print(e)
