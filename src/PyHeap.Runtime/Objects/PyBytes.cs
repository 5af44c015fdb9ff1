namespace PyHeap.Runtime.Objects;

/// <summary>bytes (Objects/bytesobject.c): immutable, 33 + n bytes.</summary>
public sealed class PyBytes : PyObject, IBuiltinSubtypeInstance
{
    private static readonly PyBytes[] Singles = MakeSingles();
    public static readonly PyBytes Empty = Memory.Heap.Static(new PyBytes([]));
    private long hash = -1;

    private PyBytes(byte[] value)
        : base(Types.Bytes)
    {
        Value = value;
    }

    private PyBytes(PyType type, PyBytes exact)
        : base(type)
    {
        Value = exact.Value;
        hash = exact.hash;
        ManagedAttributes = ManagedDict.ForSubtype(this);
    }

    /// <summary>The <c>__dict__</c> (at tp_dictoffset -8, after the bytes) of an instance of a Python subclass; null for bytes.</summary>
    public ManagedDict? ManagedAttributes { get; }

    /// <summary>
    /// Models Objects/bytesobject.c: bytes_subtype_new — the type's tp_alloc (PyType_GenericAlloc: a fresh tracked
    /// block for n + 1 bytes), the type increfed, then the bytes and the cached hash copied from <paramref name="exact"/>.
    /// </summary>
    public static PyBytes NewSubtype(PyType type, PyBytes exact)
    {
        return Memory.Heap.GenericAlloc(new PyBytes(type, exact));
    }

    public byte[] Value { get; }

    public static PyBytes From(byte[] value)
    {
        if (value.Length == 0) return Empty;
        if (value.Length == 1) return Singles[value[0]];
        return Memory.Heap.Alloc(new PyBytes(value));
    }

    public long Hash
    {
        get
        {
            if (hash == -1) hash = Numerics.PyHash.Bytes(Value);
            return hash;
        }
    }

    /// <summary>bytes.__sizeof__: the type's basicsize (41 for a subclass with a __dict__) plus a byte per item.</summary>
    public override long SizeOf() => Type.BasicSize + Value.Length;

    public override int AllocationSize => ManagedAttributes is null ? base.AllocationSize : Memory.Heap.GenericAllocSize(Type, Value.Length);

    /// <summary>subtype_traverse for a subclass: the dict, then the heap type (bytes itself owns no references).</summary>
    public override void Traverse(Action<PyObject> visit)
    {
        if (ManagedAttributes is not { } attrs) return;
        attrs.Traverse(visit);
        visit(Type);
    }

    /// <summary>subtype_dealloc: the dict, bytes_dealloc (tp_free), then the type.</summary>
    internal override void ReleaseReferences() => ManagedAttributes?.SubtypeDealloc(() => { });

    /// <summary>subtype_clear: only the dict (bytes has no tp_clear).</summary>
    internal override void GcClear() => ManagedAttributes?.Clear();

    internal override bool UsesTrashcan => ManagedAttributes is not null;

    private static PyBytes[] MakeSingles()
    {
        var result = new PyBytes[256];
        for (var i = 0; i < 256; i++) result[i] = Memory.Heap.Static(new PyBytes([(byte)i]));
        return result;
    }
}
