using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>The methods of dict (Objects/dictobject.c: mapp_methods).</summary>
internal static class DictMethods
{
    public static void Install(PyType t)
    {
        Add(t, "__contains__", (self, args, kw) =>
        {
            NativeArgs.ExactlyOne("dict.__contains__", args, kw);
            return PyBool.From(((PyDict)self).ContainsKey(args[0]));
        });
        Add(t, "__getitem__", (self, args, kw) =>
        {
            NativeArgs.ExactlyOne("dict.__getitem__", args, kw);
            return DictType.Subscript(self, args[0]);
        });
        Add(t, "__sizeof__", (self, args, kw) =>
        {
            NativeArgs.None("dict.__sizeof__", args, kw);
            return PyInt.From(self.SizeOf());
        });
        Add(t, "__reversed__", (self, args, kw) =>
        {
            NativeArgs.None("dict.__reversed__", args, kw);
            return DictOps.Reversed((PyDict)self);
        });
        Add(t, "get", (self, args, kw) =>
        {
            NativeArgs.NoKeywords("dict.get", kw);
            NativeArgs.Range("get", args, kw, 1, 2);
            var v = ((PyDict)self).GetItemOrNull(args[0]) ?? (args.Length > 1 ? args[1] : PyNone.None);
            return RefCounts.NewRef(v);
        });
        Add(t, "setdefault", (self, args, kw) =>
        {
            NativeArgs.NoKeywords("dict.setdefault", kw);
            NativeArgs.Range("setdefault", args, kw, 1, 2);
            return RefCounts.NewRef(((PyDict)self).SetDefault(args[0], args.Length > 1 ? args[1] : PyNone.None));
        });
        Add(t, "pop", (self, args, kw) =>
        {
            NativeArgs.NoKeywords("dict.pop", kw);
            NativeArgs.Range("pop", args, kw, 1, 2);
            var v = ((PyDict)self).PopSteal(args[0]);
            if (v is not null) return v;
            if (args.Length > 1) return RefCounts.NewRef(args[1]);
            throw Errors.KeyError(args[0]);
        });
        Add(t, "popitem", (self, args, kw) =>
        {
            NativeArgs.None("dict.popitem", args, kw);
            return ((PyDict)self).PopItem();
        });
        Add(t, "keys", (self, args, kw) =>
        {
            NativeArgs.None("dict.keys", args, kw);
            return DictView.New((PyDict)self, DictViewKind.Keys);
        });
        Add(t, "values", (self, args, kw) =>
        {
            NativeArgs.None("dict.values", args, kw);
            return DictView.New((PyDict)self, DictViewKind.Values);
        });
        Add(t, "items", (self, args, kw) =>
        {
            NativeArgs.None("dict.items", args, kw);
            return DictView.New((PyDict)self, DictViewKind.Items);
        });
        Add(t, "clear", (self, args, kw) =>
        {
            NativeArgs.None("dict.clear", args, kw);
            ((PyDict)self).Clear();
            return PyNone.None;
        });
        Add(t, "copy", (self, args, kw) =>
        {
            NativeArgs.None("dict.copy", args, kw);
            return ((PyDict)self).Copy();
        });
        Add(t, "update", Update);
        TypeDicts.AddClassMethod(t, "fromkeys", (self, args, kw) =>
        {
            NativeArgs.NoKeywords("dict.fromkeys", kw);
            NativeArgs.Range("fromkeys", args, kw, 1, 2);
            return DictOps.FromKeys(self, args[0], args.Length > 1 ? args[1] : PyNone.None);
        });
    }

    /// <summary>
    /// Models dict_update (METH_VARARGS | METH_KEYWORDS): at most one positional argument, then the keywords,
    /// packed into a dict (_PyStack_AsDict, which is _PyDict_FromItems in 3.11: a presized str-only table) and merged.
    /// </summary>
    private static PyObject Update(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var kwcount = kwnames?.Count ?? 0;
        var nargs = args.Length - kwcount;
        if (nargs > 1) throw Errors.TypeError($"update expected at most 1 argument, got {nargs}");
        var d = (PyDict)self;
        PyDict? kwargs = null;
        if (kwcount > 0)
        {
            kwargs = PyDict.NewPresized(kwcount, unicode: true);
            for (var i = 0; i < kwcount; i++) kwargs.SetItem(kwnames!.Items[i], args[nargs + i]);
        }
        try
        {
            if (nargs == 1) DictOps.UpdateArg(d, args[0]);
            if (kwargs is not null) d.MergeFrom(kwargs, 1);
        }
        finally
        {
            RefCounts.XDecRef(kwargs);
        }
        return PyNone.None;
    }

    private static void Add(PyType t, string name, NativeFunction f) => TypeDicts.AddMethod(t, name, f);
}
