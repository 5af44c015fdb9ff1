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
        Types.Set.Init = InitSet;
        ContainerDunders.AddNew(Types.Set, genericNew: true);
        ContainerDunders.AddNew(Types.FrozenSet, genericNew: false);
        SetMethods.Install();
        SetIterator.InstallMethods();
    }

    /// <summary>Models set_vectorcall for set() / set(iterable), and set_new (an empty set, filled by set_init) for a subclass.</summary>
    private static PyObject NewSet(PyObject type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!ReferenceEquals(type, Types.Set)) return PySet.New((PyType)type);
        if (kwnames is { Count: > 0 }) throw Errors.TypeError("set() takes no keyword arguments");
        if (args.Length > 1) throw Errors.TypeError($"set expected at most 1 argument, got {args.Length}");
        return PySet.FromIterable((PyType)type, args.Length == 1 ? args[0] : null);
    }

    /// <summary>Models set_init: an existing table is cleared, then the iterable added.</summary>
    private static PyObject InitSet(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (kwnames is { Count: > 0 }) throw Errors.TypeError("set() takes no keyword arguments");
        if (args.Length > 1) throw Errors.TypeError($"{self.Type.Name} expected at most 1 argument, got {args.Length}");
        var set = (PySet)self;
        if (set.Fill > 0) set.Clear();
        if (args.Length == 1) set.UpdateFrom(args[0]);
        return PyNone.None;
    }

    /// <summary>Models frozenset_vectorcall / frozenset_new + make_new_frozenset: frozenset(f) of an exact frozenset is f.</summary>
    private static PyObject NewFrozenSet(PyObject type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var t = (PyType)type;
        if (kwnames is { Count: > 0 } && !TypeCall.InitOverridden(t)) throw Errors.TypeError("frozenset() takes no keyword arguments");
        var nargs = args.Length - (kwnames?.Count ?? 0);
        if (nargs > 1) throw Errors.TypeError($"{t.Name} expected at most 1 argument, got {nargs}");
        var iterable = nargs == 1 ? args[0] : null;
        if (ReferenceEquals(type, Types.FrozenSet) && iterable is not null && iterable.Type == Types.FrozenSet)
            return RefCounts.NewRef(iterable);
        return PySet.FromIterable(t, iterable);
    }
}
