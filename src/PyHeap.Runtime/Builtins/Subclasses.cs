using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>
/// tp_subclasses (Objects/typeobject.c: add_subclass / remove_subclass): every base keeps a dict mapping
/// the subclass's address (an int) to a weak reference to it. That weakref is one of the GC objects a class
/// statement allocates. A heap type owns its dict; for static types (shared by every interpreter in the
/// host) the interpreter keeps the dicts.
/// </summary>
public static class Subclasses
{
    /// <summary>add_subclass: registers <paramref name="type"/> with each of its bases.</summary>
    public static void Add(PyType type)
    {
        foreach (var b in type.Bases!.Items)
        {
            var bases = DictFor((PyType)b, create: true)!;
            var key = PyInt.From(type.Address);
            var wr = WeakRefs.New(WeakRefTypes.Ref, type, null);
            bases.SetItem(key, wr);
            RefCounts.DecRef(key);
            RefCounts.DecRef(wr);
        }
    }

    /// <summary>remove_subclass, for each base (type_dealloc); an emptied dict is dropped.</summary>
    public static void Remove(PyType type, PyTuple bases)
    {
        foreach (var b in bases.Items)
        {
            var baseType = (PyType)b;
            if (DictFor(baseType, create: false) is not { } dict) continue;
            var key = PyInt.From(type.Address);
            dict.DelItem(key);
            RefCounts.DecRef(key);
            if (dict.Count == 0 && baseType.IsHeapType) Drop(baseType);
        }
    }

    /// <summary>type.__subclasses__(): the live subclasses, in registration order.</summary>
    public static PyList List(PyType type)
    {
        var result = PyList.New();
        if (DictFor(type, create: false) is not { } dict) return result;
        foreach (var (_, wr) in dict.Pairs())
        {
            if (wr is PyWeakReference { Target: { } sub }) result.Append(sub);
        }
        return result;
    }

    private static PyDict? DictFor(PyType type, bool create)
    {
        if (type.IsHeapType)
        {
            if (type.SubclassDict is null && create) type.SubclassDict = PyDict.New();
            return type.SubclassDict;
        }
        var perInterpreter = Interpreter.Current.StaticSubclasses;
        if (perInterpreter.TryGetValue(type, out var d)) return d;
        if (!create) return null;
        d = PyDict.New();
        perInterpreter[type] = d;
        return d;
    }

    private static void Drop(PyType type)
    {
        if (type.IsHeapType)
        {
            var d = type.SubclassDict;
            type.SubclassDict = null;
            RefCounts.XDecRef(d);
            return;
        }
        var perInterpreter = Interpreter.Current.StaticSubclasses;
        if (perInterpreter.Remove(type, out var dict)) RefCounts.DecRef(dict);
    }
}
