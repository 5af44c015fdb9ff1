using System.Runtime.CompilerServices;
using PyHeap.Runtime.Objects;

namespace PyHeap.Runtime.Memory;

/// <summary>
/// The one place that changes a reference count (Include/object.h: Py_INCREF / Py_DECREF). Reaching zero
/// deallocates at once through <see cref="Heap.Deallocate"/>. Immortal objects are skipped.
/// </summary>
public static class RefCounts
{
    /// <summary>Receives every change while someone listens (the trace view); null costs one branch.</summary>
    public static IRefCountObserver? Observer { get; set; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void IncRef(PyObject obj)
    {
        if ((obj.Flags & ObjectFlags.Immortal) != 0) return;
        obj.RefCnt++;
        Observer?.Changed(obj, +1);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T NewRef<T>(T obj) where T : PyObject
    {
        IncRef(obj);
        return obj;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void DecRef(PyObject obj)
    {
        if ((obj.Flags & ObjectFlags.Immortal) != 0) return;
        var n = --obj.RefCnt;
        Observer?.Changed(obj, -1);
        if (n == 0) Heap.Deallocate(obj);
        else if (n < 0) throw new SimulatorBugException($"negative refcount on {obj.Type.Name} at 0x{obj.Address:x}");
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void XDecRef(PyObject? obj)
    {
        if (obj is not null) DecRef(obj);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void XIncRef(PyObject? obj)
    {
        if (obj is not null) IncRef(obj);
    }

    /// <summary>Py_SETREF: store <paramref name="value"/> (a new reference) in a slot and release the old one after.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SetRef(ref PyObject? slot, PyObject? value)
    {
        var old = slot;
        slot = value;
        if (old is not null) DecRef(old);
    }
}
