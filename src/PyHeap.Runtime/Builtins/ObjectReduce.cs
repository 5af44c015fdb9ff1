using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>
/// object's pickling and class-creation hooks (Objects/typeobject.c): <c>__reduce_ex__</c>, <c>__reduce__</c>
/// (_common_reduce: reduce_newobj for protocol 2+, copyreg._reduce_ex below it), <c>__getstate__</c>
/// (object_getstate_default), <c>__init_subclass__</c> and <c>__subclasshook__</c>.
/// </summary>
public static class ObjectReduce
{
    public static void Install(PyType t)
    {
        TypeDicts.AddMethod(t, "__reduce_ex__", (self, args, kw) =>
        {
            NativeArgs.ExactlyOne("object.__reduce_ex__", args, kw);
            return ReduceEx(self, (int)Abstract.AsIndex(args[0]));
        });
        TypeDicts.AddMethod(t, "__reduce__", (self, args, kw) =>
        {
            NativeArgs.None("object.__reduce__", args, kw);
            return CommonReduce(self, 0);
        });
        TypeDicts.AddMethod(t, "__getstate__", (self, args, kw) =>
        {
            NativeArgs.None("object.__getstate__", args, kw);
            return GetState(self);
        });
        TypeDicts.AddClassMethod(t, "__init_subclass__", (cls, args, kw) =>
        {
            NativeArgs.None($"{((PyType)cls).QualName}.__init_subclass__", args, kw);
            return PyNone.None;
        });
        // object_subclasshook: METH_VARARGS, any arguments, always NotImplemented.
        TypeDicts.AddClassMethod(t, "__subclasshook__", (cls, args, kw) =>
        {
            NativeArgs.NoKeywords("__subclasshook__", kw);
            return PySingleton.NotImplemented;
        });
    }

    /// <summary>object___reduce_ex___impl: a class's own __reduce__ wins over object's.</summary>
    private static PyObject ReduceEx(PyObject self, int protocol)
    {
        var name = PyStr.Intern("__reduce__");
        var objectReduce = Types.Object.Dict!.GetItemOrNull(name);
        if (!ReferenceEquals(self.Type.Lookup(name), objectReduce))
        {
            var reduce = Abstract.GetAttr(self, name);
            try
            {
                return Interpreter.Current.CallObject(reduce, []);
            }
            finally
            {
                RefCounts.DecRef(reduce);
            }
        }
        return CommonReduce(self, protocol);
    }

    /// <summary>_common_reduce.</summary>
    private static PyObject CommonReduce(PyObject self, int protocol)
    {
        if (protocol >= 2) return ReduceNewObj(self);
        return CallCopyreg("_reduce_ex", self, PyInt.From(protocol));
    }

    /// <summary>reduce_newobj: (copyreg.__newobj__, (cls, *args), state, listitems, dictitems).</summary>
    private static PyObject ReduceNewObj(PyObject self)
    {
        var type = self.Type;
        if (type.New is null) throw Errors.TypeError($"cannot pickle '{type.Name}' object");
        var newArgs = GetNewArgs(self);
        var items = new List<PyObject> { RefCounts.NewRef<PyObject>(type) };
        try
        {
            if (newArgs is not null)
                foreach (var a in newArgs.Items) items.Add(RefCounts.NewRef(a));
        }
        finally
        {
            RefCounts.XDecRef(newArgs);
        }
        var cls = PyTuple.Steal(items.ToArray());
        PyObject? newobj = null, state = null, listItems = null, dictItems = null;
        try
        {
            newobj = CopyregAttr("__newobj__");
            state = Interpreter.Current.CallMethod(self, "__getstate__", []);
            listItems = self is PyList ? Abstract.GetIter(self) : RefCounts.NewRef<PyObject>(PyNone.None);
            if (self is PyDict)
            {
                var view = Interpreter.Current.CallMethod(self, "items", []);
                try { dictItems = Abstract.GetIter(view); } finally { RefCounts.DecRef(view); }
            }
            else dictItems = RefCounts.NewRef<PyObject>(PyNone.None);
            var result = PyTuple.FromBorrowed([newobj, cls, state, listItems, dictItems]);
            return result;
        }
        finally
        {
            RefCounts.DecRef(cls);
            RefCounts.XDecRef(newobj);
            RefCounts.XDecRef(state);
            RefCounts.XDecRef(listItems);
            RefCounts.XDecRef(dictItems);
        }
    }

    /// <summary>_PyObject_GetNewArguments with __getnewargs__ only: its tuple, or null when the type has none.</summary>
    private static PyTuple? GetNewArgs(PyObject self)
    {
        var getnewargs = Abstract.LookupAttr(self, PyStr.Intern("__getnewargs__"));
        if (getnewargs is null) return null;
        PyObject result;
        try
        {
            result = Interpreter.Current.CallObject(getnewargs, []);
        }
        finally
        {
            RefCounts.DecRef(getnewargs);
        }
        if (result is PyTuple t) return t;
        RefCounts.DecRef(result);
        throw Errors.TypeError($"__getnewargs__ should return a tuple, not '{result.Type.Name}'");
    }

    /// <summary>object_getstate_default: the instance dict (None when empty), with a dict of set slots as (state, slots).</summary>
    private static PyObject GetState(PyObject self)
    {
        PyObject state = PyNone.None;
        if (Abstract.InstanceDict(self) is { Count: > 0 } || Abstract.ManagedStorage(self) is not null)
        {
            var d = Abstract.LookupAttr(self, PyStr.Intern("__dict__"));
            if (d is PyDict { Count: > 0 }) state = d;
            else RefCounts.XDecRef(d);
        }
        if (self is not PyInstance { SlotValues: { } values } || self.Type.Layout is not { } layout) return state;
        var slots = PyDict.New();
        for (var i = 0; i < values.Length && i < layout.SlotNames.Count; i++)
            if (values[i] is { } v) slots.SetItem(layout.SlotNames[i], v);
        if (slots.Count == 0)
        {
            RefCounts.DecRef(slots);
            return state;
        }
        var pair = PyTuple.FromBorrowed([state, slots]);
        RefCounts.DecRef(state);
        RefCounts.DecRef(slots);
        return pair;
    }

    private static PyObject CopyregAttr(string name)
    {
        var module = Interpreter.Current.ImportModule("copyreg");
        try
        {
            return Abstract.GetAttr(module, name);
        }
        finally
        {
            RefCounts.DecRef(module);
        }
    }

    private static PyObject CallCopyreg(string name, PyObject self, PyObject protocol)
    {
        var f = CopyregAttr(name);
        try
        {
            return Interpreter.Current.CallObject(f, [self, protocol]);
        }
        finally
        {
            RefCounts.DecRef(f);
            RefCounts.DecRef(protocol);
        }
    }
}
