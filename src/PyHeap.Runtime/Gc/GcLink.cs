namespace PyHeap.Runtime.Gc;

/// <summary>
/// PyGC_Head (Include/internal/pycore_gc.h): the two links that put a GC object on a generation's doubly
/// linked list, and gc_refs, the scratch count a collection works with. A null <see cref="GcNext"/> means
/// untracked. Every <see cref="Objects.PyObject"/> carries one; only GC types ever use it.
/// </summary>
public abstract class GcLink
{
    internal GcLink? GcNext;
    internal GcLink? GcPrev;

    /// <summary>gc_refs while collecting (the refcount minus references from inside the collected set).</summary>
    internal long GcRefs;

    /// <summary>_PyObject_GC_IS_TRACKED.</summary>
    public bool IsGcTracked => GcNext is not null;
}
