using PyHeap.Runtime.Memory;

namespace PyHeap.Runtime.Objects;

/// <summary>tuple (Objects/tupleobject.c): 24 + 8n bytes plus the GC header; the empty tuple is a singleton.</summary>
public sealed class PyTuple : PyObject, IBuiltinSubtypeInstance
{
    public static readonly PyTuple Empty = Heap.Static(new PyTuple([]));

    private long hash = -1;

    private PyTuple(PyObject[] items)
        : base(Types.Tuple)
    {
        Items = items;
    }

    private PyTuple(PyType type, PyObject[] items)
        : base(type)
    {
        Items = items;
        ManagedAttributes = ManagedDict.ForSubtype(this);
    }

    /// <summary>The <c>__dict__</c> (at tp_dictoffset -8, after the items) of an instance of a Python subclass; null for a tuple.</summary>
    public ManagedDict? ManagedAttributes { get; }

    /// <summary>
    /// Models Objects/tupleobject.c: tuple_subtype_new after tuple_new_impl made <paramref name="exact"/>: the
    /// type's tp_alloc (PyType_GenericAlloc: a fresh block tracked while its items are still NULL, never the free
    /// list — even when empty), the type increfed, then each item increfed into it. The caller releases <paramref name="exact"/>.
    /// </summary>
    public static PyTuple NewSubtype(PyType type, PyTuple exact)
    {
        var t = Heap.GenericAlloc(new PyTuple(type, new PyObject[exact.Count]));
        for (var i = 0; i < exact.Count; i++) t.Items[i] = RefCounts.NewRef(exact.Items[i]);
        return t;
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

    /// <summary>tuple.__sizeof__: the type's basicsize (32 for a subclass with a __dict__) plus a pointer per item.</summary>
    public override long SizeOf() => Type.BasicSize + 8L * Items.Length;

    public override int AllocationSize => ManagedAttributes is null ? base.AllocationSize : Heap.GenericAllocSize(Type, Items.Length);

    public override void Traverse(Action<PyObject> visit)
    {
        // subtype_traverse for a subclass: the dict and the heap type come before tupletraverse.
        if (ManagedAttributes is { } attrs)
        {
            attrs.Traverse(visit);
            visit(Type);
        }
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

    /// <summary>tupledealloc, or subtype_dealloc for a subclass: the dict, tupledealloc, then the type.</summary>
    internal override void ReleaseReferences()
    {
        if (ManagedAttributes is { } attrs) attrs.SubtypeDealloc(ReleaseItems);
        else ReleaseItems();
    }

    /// <summary>subtype_clear: only the dict (tuple has no tp_clear).</summary>
    internal override void GcClear() => ManagedAttributes?.Clear();

    private void ReleaseItems()
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
