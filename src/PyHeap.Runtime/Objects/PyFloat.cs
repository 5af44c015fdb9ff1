namespace PyHeap.Runtime.Objects;

/// <summary>float (Objects/floatobject.c): a double, 24 bytes.</summary>
public sealed class PyFloat : PyObject, IBuiltinSubtypeInstance
{
    private PyFloat(double value)
        : base(Types.Float)
    {
        Value = value;
    }

    private PyFloat(PyType type, double value)
        : base(type)
    {
        Value = value;
        ManagedAttributes = ManagedDict.ForSubtype(this);
    }

    /// <summary>The slots and managed <c>__dict__</c> of an instance of a Python subclass of float (null for a float).</summary>
    public ManagedDict? ManagedAttributes { get; }

    /// <summary>
    /// Models Objects/floatobject.c: float_subtype_new after float_new_impl made the exact value: the type's
    /// tp_alloc (PyType_GenericAlloc: a fresh tracked block, never the float free list), then the type increfed.
    /// </summary>
    public static PyFloat NewSubtype(PyType type, double value)
    {
        return Memory.Heap.GenericAlloc(new PyFloat(type, value));
    }

    internal override bool UsesFreeList(out Memory.FreeListKind kind, out int length)
    {
        kind = Memory.FreeListKind.Float;
        length = 0;
        return ReferenceEquals(Type, Types.Float);
    }

    public double Value { get; }

    public static PyFloat From(double value) => Memory.Heap.Alloc(new PyFloat(value));

    /// <summary>object.__sizeof__ (float has none): the type's basicsize — 24, or 32 for a subclass with a __weakref__ slot.</summary>
    public override long SizeOf() => Type.BasicSize;

    public override int AllocationSize => ManagedAttributes is null ? 24 : Memory.Heap.GenericAllocSize(Type, 0);

    /// <summary>subtype_traverse: the slots and the managed dict, then the heap type.</summary>
    public override void Traverse(Action<PyObject> visit)
    {
        if (ManagedAttributes is not { } attrs) return;
        attrs.Traverse(visit);
        visit(Type);
    }

    /// <summary>subtype_dealloc: the slots and dict, float_dealloc (tp_free for a subclass), then the type.</summary>
    internal override void ReleaseReferences() => ManagedAttributes?.SubtypeDealloc(() => { });

    /// <summary>subtype_clear: the slots and the dict (float has no tp_clear).</summary>
    internal override void GcClear() => ManagedAttributes?.Clear();

    internal override bool UsesTrashcan => ManagedAttributes is not null;

    internal override bool SupportsWeakrefs => ManagedAttributes?.HasWeakrefSlot ?? false;

    public override string ToString() => Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
}
