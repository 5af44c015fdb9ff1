using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>The mappingproxy type's slots and read-only methods; everything reads through to the wrapped dict.</summary>
public static class MappingProxyType
{
    public static void Install()
    {
        var t = PyMappingProxy.ProxyType;
        static PyObject Inner(PyObject self) => ((PyMappingProxy)self).Mapping;
        t.GetItem = (self, key) => Abstract.GetItem(Inner(self), key);
        t.Length = self => Abstract.Length(Inner(self));
        t.Contains = (self, key) => Abstract.Contains(Inner(self), key);
        t.Iter = self => Abstract.GetIter(Inner(self));
        // mappingproxy_new: types.MappingProxyType(mapping) wraps any mapping but a list or tuple.
        t.New = (type, args, kw) =>
        {
            NativeArgs.ExactlyOne("mappingproxy", args, kw);
            var m = args[0];
            if (m is PyList || m is PyTuple || m.Type.GetItem is null)
                throw Errors.TypeError($"mappingproxy() argument must be a mapping, not {m.Type.Name}");
            return PyMappingProxy.New(m);
        };
        t.Repr = self => PyStr.From($"mappingproxy({Abstract.ReprString(Inner(self))})");
        t.Str = self => Abstract.Str(Inner(self));
        t.RichCompare = (a, b, op) => Abstract.RichCompare(Inner(a), b, op);
        foreach (var name in new[] { "get", "keys", "values", "items", "copy" })
        {
            var method = name;
            TypeDicts.AddMethod(t, method, (self, args, kw) => Interpreter.Current.CallMethod(Inner(self), method, args.ToArray()));
        }
    }
}
