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

    /// <summary>Set while some interpreter runs without its GIL (Threading/NoGil.cs); null costs one branch.</summary>
    public static IRefCountRace? Race { get; set; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void IncRef(PyObject obj)
    {
        if ((obj.Flags & ObjectFlags.Immortal) != 0) return;
        if (Race is { } race && race.Intercept(obj, +1)) return;
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
        if (Race is { } race && race.Intercept(obj, -1)) return;
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

    /// <summary>
    /// The store half of a non-atomic update (no GIL): writes <paramref name="value"/> whatever the count became since
    /// it was loaded. Never deallocates; the caller (Threading/NoGil.cs) decides what a zero means.
    /// </summary>
    internal static void Store(PyObject obj, long value, int delta)
    {
        obj.RefCnt = value;
        Observer?.Changed(obj, delta);
    }

    /// <summary>Sets a corrupted count back to the number of references that really exist (after a MemoryCorruption).</summary>
    internal static void Repair(PyObject obj, long trueCount)
    {
        if (trueCount > 0)
        {
            obj.RefCnt = trueCount;
            return;
        }
        obj.RefCnt = 1;
        DecRef(obj);
    }
}
