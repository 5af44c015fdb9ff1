using PyHeap.Runtime.Memory;

namespace PyHeap.Runtime.Objects;

/// <summary>tuple (Objects/tupleobject.c): 24 + 8n bytes plus the GC header; the empty tuple is a singleton.</summary>
public sealed class PyTuple : PyObject
{
    public static readonly PyTuple Empty = Heap.Static(new PyTuple([]));

    private long hash = -1;

    private PyTuple(PyObject[] items)
        : base(Types.Tuple)
    {
        Items = items;
    }

    /// <summary>The items (owned references). Only a tuple being built may be written to.</summary>
    public PyObject[] Items { get; }

    public int Count => Items.Length;

    /// <summary>A tuple that takes over (steals) the references in <paramref name="items"/>.</summary>
    public static PyTuple Steal(PyObject[] items) => items.Length == 0 ? Empty : Heap.Alloc(new PyTuple(items));

    /// <summary>A tuple holding new references to <paramref name="items"/>.</summary>
    public static PyTuple FromBorrowed(ReadOnlySpan<PyObject> items)
    {
        if (items.Length == 0) return Empty;
        var copy = items.ToArray();
        foreach (var item in copy) RefCounts.IncRef(item);
        return Heap.Alloc(new PyTuple(copy));
    }

    public static PyTuple Pack(params PyObject[] items) => FromBorrowed(items);

    /// <summary>A tuple object not yet given memory (for static tuples).</summary>
    internal static PyTuple CreateUnallocated(PyObject[] items) => new(items);

    internal long CachedHash { get => hash; set => hash = value; }

    public override long SizeOf() => 24 + 8L * Items.Length;

    public override void Traverse(Action<PyObject> visit)
    {
        // Objects/tupleobject.c: tupletraverse visits last to first.
        for (var i = Items.Length - 1; i >= 0; i--)
        {
            if (Items[i] is { } item) visit(item); // a tuple being filled (or PyObject_ClearWeakRefs's) may hold NULLs
        }
    }

    internal override bool UsesFreeList(out FreeListKind kind, out int length)
    {
        kind = FreeListKind.Tuple;
        length = Items.Length;
        return ReferenceEquals(Type, Types.Tuple);
    }

    internal override bool UsesTrashcan => true;

    internal override void ReleaseReferences()
    {
        // tupledealloc releases items last to first.
        for (var i = Items.Length - 1; i >= 0; i--)
        {
            var item = Items[i];
            Items[i] = null!;
            if (item is not null) RefCounts.DecRef(item);
        }
    }
}
