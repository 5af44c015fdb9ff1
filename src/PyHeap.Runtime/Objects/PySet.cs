using PyHeap.Runtime.Memory;

namespace PyHeap.Runtime.Objects;

/// <summary>set and frozenset (Objects/setobject.c). Placeholder storage until the set table lands.</summary>
public sealed class PySet : PyObject
{
    private readonly List<PyObject> items = [];

    private PySet(PyType type)
        : base(type)
    {
    }

    public int Count => items.Count;

    public IReadOnlyList<PyObject> Items => items;

    public static PySet New(PyType type) => Heap.Alloc(new PySet(type));

    public static PySet FromItemsSteal(PyType type, PyObject[] items)
    {
        var set = New(type);
        foreach (var item in items)
        {
            set.Add(item);
            RefCounts.DecRef(item);
        }
        return set;
    }

    public void Add(PyObject item)
    {
        foreach (var existing in items)
            if (Vm.Abstract.RichCompareBool(existing, item, CompareOp.Eq)) return;
        RefCounts.IncRef(item);
        items.Add(item);
    }

    public override long SizeOf() => 200;

    public override void Traverse(Action<PyObject> visit)
    {
        foreach (var item in items) visit(item);
    }

    internal override void ReleaseReferences()
    {
        var copy = items.ToArray();
        items.Clear();
        foreach (var item in copy) RefCounts.DecRef(item);
    }
}
