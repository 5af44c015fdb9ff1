using PyHeap.Runtime.Memory;

namespace PyHeap.Runtime.Objects;

/// <summary>Seam between the VM and the set implementation: builds sets and frozensets from owned references.</summary>
public static class PySetFactory
{
    /// <summary>
    /// A frozenset constant, consuming <paramref name="items"/> (source order). The 3.11 optimizer builds
    /// <c>PyFrozenSet_New(tuple)</c>, then compile.c: merge_consts_recursive rebuilds it from a tuple of the
    /// first one's iteration order, so the table the program sees is that second one.
    /// </summary>
    public static PyObject FrozenSetSteal(PyObject[] items)
    {
        var first = PySet.FromItemsSteal(Types.FrozenSet, items);
        if (first.Count == 0) return first;
        var order = first.Items;
        var second = PySet.New(Types.FrozenSet);
        foreach (var item in order) second.Add(item);
        RefCounts.DecRef(first);
        return second;
    }

    /// <summary>Makes a set from <paramref name="items"/>, consuming those references.</summary>
    public static PyObject SetSteal(PyObject[] items) => PySet.FromItemsSteal(Types.Set, items);
}
