using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>set and frozenset (Objects/setobject.c): slots and constructors; the methods are in <see cref="SetMethods"/>.</summary>
public static class SetType
{
    public static void Install()
    {
        foreach (var t in new[] { Types.Set, Types.FrozenSet })
        {
            t.Length = self => ((PySet)self).Count;
            t.Contains = (self, item) => SetOps.Contains((PySet)self, item);
            t.Repr = SetOps.Repr;
            t.RichCompare = SetOps.RichCompare;
            t.Iter = SetIterator.New;
            SetOps.InstallNumberSlots(t, mutable: t == Types.Set);
        }
        Types.Set.Hash = ObjectMethods.HashNotImplemented;
        Types.FrozenSet.Hash = self => ((PySet)self).FrozenHash();
        Types.Set.New = NewSet;
        Types.FrozenSet.New = NewFrozenSet;
        SetMethods.Install();
        SetIterator.InstallMethods();
    }

    /// <summary>Models set_vectorcall: set() / set(iterable).</summary>
    private static PyObject NewSet(PyObject type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (kwnames is { Count: > 0 }) throw Errors.TypeError("set() takes no keyword arguments");
        if (args.Length > 1) throw Errors.TypeError($"set expected at most 1 argument, got {args.Length}");
        return PySet.FromIterable((PyType)type, args.Length == 1 ? args[0] : null);
    }

    /// <summary>Models frozenset_vectorcall / make_new_frozenset: frozenset(f) of an exact frozenset is f.</summary>
    private static PyObject NewFrozenSet(PyObject type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (kwnames is { Count: > 0 }) throw Errors.TypeError("frozenset() takes no keyword arguments");
        if (args.Length > 1) throw Errors.TypeError($"frozenset expected at most 1 argument, got {args.Length}");
        var iterable = args.Length == 1 ? args[0] : null;
        if (ReferenceEquals(type, Types.FrozenSet) && iterable is not null && iterable.Type == Types.FrozenSet)
            return RefCounts.NewRef(iterable);
        return PySet.FromIterable((PyType)type, iterable);
    }
}
