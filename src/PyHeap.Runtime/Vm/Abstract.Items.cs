using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;

namespace PyHeap.Runtime.Vm;

public static partial class Abstract
{
    /// <summary>PyObject_GetItem.</summary>
    public static PyObject GetItem(PyObject container, PyObject key)
    {
        if (container.Type.GetItem is { } get) return get(container, key);
        if (container is PyType t)
        {
            // PyObject_GetItem: type[int] is special-cased (so str[int] still fails), other classes call their
            // __class_getitem__ (list[int] → types.GenericAlias).
            if (ReferenceEquals(t, Types.Type)) return PyGenericAlias.New(t, key);
            if (LookupAttr(t, PyStr.Intern("__class_getitem__")) is { } meth)
            {
                try
                {
                    using var held = Heap.Current.Hold(meth); // a C local while Python code runs
                    return Interpreter.Current.CallObject(meth, [key]);
                }
                finally
                {
                    RefCounts.DecRef(meth);
                }
            }
            throw Errors.TypeError($"type '{t.Name}' is not subscriptable");
        }
        throw Errors.TypeError($"'{container.Type.Name}' object is not subscriptable");
    }

    /// <summary>GetItem that returns null for a missing key (KeyError) of a mapping.</summary>
    public static PyObject? GetItemOrNull(PyObject mapping, PyObject key)
    {
        if (mapping is PyDict d && mapping.Type == Types.Dict)
        {
            var v = d.GetItemOrNull(key);
            if (v is not null) RefCounts.IncRef(v);
            return v;
        }
        try
        {
            return GetItem(mapping, key);
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.KeyError))
        {
            RefCounts.DecRef(e.Value);
            return null;
        }
    }

    /// <summary>PyObject_SetItem.</summary>
    public static void SetItem(PyObject container, PyObject key, PyObject value)
    {
        var set = container.Type.SetItem
            ?? throw Errors.TypeError($"'{container.Type.Name}' object does not support item assignment");
        set(container, key, value);
    }

    /// <summary>PyObject_DelItem.</summary>
    public static void DelItem(PyObject container, PyObject key)
    {
        var set = container.Type.SetItem
            ?? throw Errors.TypeError($"'{container.Type.Name}' object doesn't support item deletion");
        set(container, key, null);
    }

    /// <summary>PyObject_Size / len().</summary>
    public static long Length(PyObject o)
    {
        var len = o.Type.Length ?? throw Errors.TypeError($"object of type '{o.Type.Name}' has no len()");
        return len(o);
    }

    /// <summary>PySequence_Contains: sq_contains, else iterate comparing with ==.</summary>
    public static bool Contains(PyObject container, PyObject item)
    {
        if (container.Type.Contains is { } contains) return contains(container, item);
        if (container.Type.Iter is null && container.Type.GetItem is null)
            throw Errors.TypeError($"argument of type '{container.Type.Name}' is not iterable");
        var it = GetIter(container);
        try
        {
            while (IterNext(it) is { } x)
            {
                var eq = RichCompareBool(x, item, CompareOp.Eq);
                RefCounts.DecRef(x);
                if (eq) return true;
            }
            return false;
        }
        finally
        {
            RefCounts.DecRef(it);
        }
    }

    /// <summary>Normalizes a sequence index like CPython's sq_item callers: negative counts from the end.</summary>
    public static long NormalizeIndex(long index, long length) => index < 0 ? index + length : index;
}
