using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;

namespace PyHeap.Runtime.Gc;

/// <summary>The tracking rules of CPython 3.11 for tuples and dicts (the only types that untrack themselves).</summary>
public static class Tracking
{
    /// <summary>_PyTuple_MaybeUntrack: untracks a tuple whose items can never be part of a cycle.</summary>
    public static void TupleMaybeUntrack(PyTuple t)
    {
        if (t.GcNext is null || !ReferenceEquals(t.Type, Types.Tuple)) return;
        foreach (var item in t.Items)
        {
            if (item is null) return; // still being built
            if (GcState.MayBeTracked(item)) return;
        }
        GcState.Untrack(t);
    }

    /// <summary>_PyDict_MaybeUntrack: untracks a dict whose keys and values can never be part of a cycle.</summary>
    public static void DictMaybeUntrack(PyDict d)
    {
        if (d.GcNext is null || !ReferenceEquals(d.Type, Types.Dict)) return;
        var pos = 0;
        var keysMatter = !d.IsUnicode;
        while (d.Next(ref pos, out var key, out var value, out _))
        {
            if (GcState.MayBeTracked(value)) return;
            if (keysMatter && GcState.MayBeTracked(key)) return;
        }
        GcState.Untrack(d);
    }

    /// <summary>MAINTAIN_TRACKING: an untracked dict starts being tracked when a key or value may be tracked.</summary>
    public static void DictMaintain(PyDict d, PyObject key, PyObject value)
    {
        if (d.GcNext is not null || d.IsImmortal) return;
        if (GcState.MayBeTracked(key) || GcState.MayBeTracked(value)) Heap.Current.Gc.Track(d);
    }
}
