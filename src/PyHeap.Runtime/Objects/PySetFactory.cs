namespace PyHeap.Runtime.Objects;

/// <summary>Seam between the VM and the set implementation: builds sets and frozensets from owned references.</summary>
public static class PySetFactory
{
    /// <summary>Makes a frozenset from <paramref name="items"/>, consuming those references.</summary>
    public static PyObject FrozenSetSteal(PyObject[] items) => PySet.FromItemsSteal(Types.FrozenSet, items);

    /// <summary>Makes a set from <paramref name="items"/>, consuming those references.</summary>
    public static PyObject SetSteal(PyObject[] items) => PySet.FromItemsSteal(Types.Set, items);
}
