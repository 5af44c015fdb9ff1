namespace PyHeap.Runtime.Objects;

/// <summary>
/// The object header every simulated object carries (Include/object.h: PyObject): a reference count, a type
/// and an address in the simulated allocator (what <c>id()</c> returns). Only <see cref="Memory.RefCounts"/>
/// changes the count; reaching zero deallocates at once.
/// </summary>
public abstract class PyObject : Gc.GcLink
{
    internal long RefCnt = 1;
    internal ObjectFlags Flags;

    protected PyObject(PyType type)
    {
        Type = type;
    }

    /// <summary>ob_refcnt.</summary>
    public long RefCount => RefCnt;

    /// <summary>ob_type.</summary>
    public PyType Type { get; internal set; }

    /// <summary>The simulated address of the object's block; <c>id(obj)</c>.</summary>
    public long Address { get; internal set; }

    /// <summary>Immortal objects (None, True, False, small ints, static types, builtin functions) ignore
    /// reference counting; their counts are interpreter-dependent in CPython, so we report a constant.</summary>
    public bool IsImmortal => (Flags & ObjectFlags.Immortal) != 0;

    /// <summary>True once the object has been deallocated; touching it afterwards is a simulator bug.</summary>
    public bool IsFreed => (Flags & ObjectFlags.Freed) != 0;

    /// <summary>The bytes <c>__sizeof__</c> reports (no GC header).</summary>
    public virtual long SizeOf() => Type.BasicSize;

    /// <summary>The bytes requested from the allocator for this object (GC header included for GC types).</summary>
    public virtual int AllocationSize => (int)SizeOf() + (Type.IsGc ? Memory.Heap.GcHeaderSize : 0);

    /// <summary>
    /// Visits every reference this object owns (tp_traverse, but complete: also references to objects the
    /// collector ignores), so the heap audit can recompute counts and the collector can subtract them.
    /// </summary>
    public virtual void Traverse(Action<PyObject> visit)
    {
    }

    /// <summary>
    /// tp_traverse exactly as CPython's type visits (order and subset), for the collector and
    /// <c>gc.get_referents</c>; differs from <see cref="Traverse"/> only where CPython skips references
    /// (e.g. str keys of a dict).
    /// </summary>
    public virtual void TraverseGc(Action<PyObject> visit) => Traverse(visit);

    /// <summary>tp_clear: breaks a cycle by dropping references (no-op for types without tp_clear, like tuple).
    /// The object must stay consistent enough for its later deallocation.</summary>
    internal virtual void GcClear()
    {
    }

    /// <summary>The deallocator uses Py_TRASHCAN_BEGIN (list, tuple, dict, set, instances, frames, tracebacks,
    /// exceptions): only those count towards the nesting limit and can be parked.</summary>
    internal virtual bool UsesTrashcan => false;

    /// <summary>A GC object is tracked as soon as it is allocated (false for dict: tracked when a container enters).</summary>
    internal virtual bool TrackedAtCreation => true;

    /// <summary>The CPython 3.11 free list this object's block goes to when freed (and comes from when made).</summary>
    internal virtual bool UsesFreeList(out Memory.FreeListKind kind, out int length)
    {
        kind = default;
        length = 0;
        return false;
    }

    /// <summary>tp_weaklist: the head of the weak references to this object (types that support them).</summary>
    internal PyWeakReference? WeakRefs;

    /// <summary>
    /// The deallocator clears the weak references itself, later than the generic point before
    /// <see cref="ReleaseReferences"/> (subtype_dealloc leaves them to a base that has tp_weaklist, as set_dealloc).
    /// </summary>
    internal virtual bool ClearsWeakRefsInDealloc => false;

        /// <summary>tp_weaklistoffset != 0: <c>weakref.ref(obj)</c> is allowed.</summary>
    internal virtual bool SupportsWeakrefs => false;

    /// <summary>Drops every owned reference (the part of tp_dealloc after finalization, and tp_clear).</summary>
    internal virtual void ReleaseReferences()
    {
    }

    public override string ToString() => $"<{Type.Name} object at 0x{Address:x}>";
}
