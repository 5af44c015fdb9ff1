namespace PyHeap.Runtime.Threading;

/// <summary>The three machine steps of <c>op->ob_refcnt++</c> / <c>--</c> (Include/object.h: Py_INCREF, Py_DECREF) without atomics.</summary>
public enum RefCountStepKind : byte
{
    /// <summary>Read ob_refcnt into a register.</summary>
    Load,

    /// <summary>Add +1 or −1 in the register.</summary>
    Add,

    /// <summary>Write the register back to ob_refcnt (overwriting whatever other threads stored since the load).</summary>
    Store,
}
