using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>
/// Small pickling and typing hooks of the builtin types: <c>__getnewargs__</c> of str, tuple and bytes,
/// <c>bytes.__bytes__</c>, <c>float.__getformat__</c>, and <c>__class_getitem__</c> of the generic containers
/// (returning a types.GenericAlias).
/// </summary>
public static class PickleSupport
{
    public static void Install()
    {
        // unicode_getnewargs copies the string; tuple_getnewargs slices it whole (the same tuple); bytes_getnewargs copies.
        TypeDicts.AddMethod(Types.Str, "__getnewargs__", (self, args, kw) =>
        {
            NativeArgs.None("str.__getnewargs__", args, kw);
            var copy = PyStr.From(((PyStr)self).Value);
            return PyTuple.Steal([copy]);
        });
        TypeDicts.AddMethod(Types.Tuple, "__getnewargs__", (self, args, kw) =>
        {
            NativeArgs.None("tuple.__getnewargs__", args, kw);
            var whole = self.Type == Types.Tuple ? RefCounts.NewRef(self) : PyTuple.FromBorrowed(((PyTuple)self).Items);
            return PyTuple.Steal([whole]);
        });
        TypeDicts.AddMethod(Types.Bytes, "__getnewargs__", (self, args, kw) =>
        {
            NativeArgs.None("bytes.__getnewargs__", args, kw);
            return PyTuple.Steal([PyBytes.From((byte[])((PyBytes)self).Value.Clone())]);
        });
        TypeDicts.AddMethod(Types.Bytes, "__bytes__", (self, args, kw) =>
        {
            NativeArgs.None("bytes.__bytes__", args, kw);
            return self.Type == Types.Bytes ? RefCounts.NewRef(self) : PyBytes.From(((PyBytes)self).Value);
        });
        TypeDicts.AddClassMethod(Types.Float, "__getformat__", (cls, args, kw) =>
        {
            NativeArgs.ExactlyOne("float.__getformat__", args, kw);
            if (args[0] is not PyStr s) throw Errors.TypeError($"__getformat__() argument must be str, not {args[0].Type.Name}");
            if (s.Value is not ("double" or "float")) throw Errors.ValueError("__getformat__() argument 1 must be 'double' or 'float'");
            return PyStr.From("IEEE, little-endian");
        });
        TypeDicts.AddMethod(Types.Int, "__sizeof__", (self, args, kw) =>
        {
            NativeArgs.None("int.__sizeof__", args, kw);
            return PyInt.From(self.SizeOf());
        });
        // range_reduce (METH_VARARGS, extra arguments ignored) and slice_reduce: (type, (start, stop, step)).
        TypeDicts.AddMethod(Types.Range, "__reduce__", (self, args, kw) =>
        {
            NativeArgs.NoKeywords("__reduce__", kw);
            var r = (PyRange)self;
            return PyTuple.Steal([RefCounts.NewRef<PyObject>(self.Type), PyTuple.FromBorrowed([r.StartObject, r.StopObject, r.StepObject])]);
        });
        TypeDicts.AddMethod(Types.Slice, "__reduce__", (self, args, kw) =>
        {
            NativeArgs.None("slice.__reduce__", args, kw);
            var s = (PySlice)self;
            return PyTuple.Steal([RefCounts.NewRef<PyObject>(self.Type), PyTuple.FromBorrowed([s.Start, s.Stop, s.Step])]);
        });
        foreach (var t in new[] { Types.Set, Types.FrozenSet })
        {
            var name = t.Name + ".__reduce__";
            // set_reduce: (type, (list(self),), self.__getstate__()).
            TypeDicts.AddMethod(t, "__reduce__", (self, args, kw) =>
            {
                NativeArgs.None(name, args, kw);
                var items = PyList.New();
                PyObject? state = null;
                try
                {
                    foreach (var item in Abstract.ToList(self)) items.AppendSteal(item);
                    state = Interpreter.Current.CallMethod(self, "__getstate__", []);
                    return PyTuple.Steal([RefCounts.NewRef<PyObject>(self.Type), PyTuple.FromBorrowed([items]), RefCounts.NewRef(state)]);
                }
                finally
                {
                    RefCounts.DecRef(items);
                    RefCounts.XDecRef(state);
                }
            });
        }
        // Py_GenericAlias as a classmethod: list[int] is types.GenericAlias(list, (int,)).
        foreach (var t in new[] { Types.List, Types.Tuple, Types.Dict, Types.Set, Types.FrozenSet })
        {
            TypeDicts.AddClassMethod(t, "__class_getitem__", (cls, args, kw) =>
            {
                NativeArgs.ExactlyOne("__class_getitem__", args, kw);
                return PyGenericAlias.New(cls, args[0]);
            });
        }
    }
}
