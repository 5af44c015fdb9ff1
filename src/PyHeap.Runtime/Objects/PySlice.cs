using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Objects;

/// <summary>slice (Objects/sliceobject.c): start, stop, step (None when omitted).</summary>
public sealed class PySlice : PyObject
{
    private PySlice(PyObject start, PyObject stop, PyObject step)
        : base(Types.Slice)
    {
        Start = start;
        Stop = stop;
        Step = step;
    }

    public PyObject Start { get; private set; }
    public PyObject Stop { get; private set; }
    public PyObject Step { get; private set; }

    /// <summary>New slice taking new references to the three parts.</summary>
    public static PySlice New(PyObject start, PyObject stop, PyObject step)
    {
        RefCounts.IncRef(start);
        RefCounts.IncRef(stop);
        RefCounts.IncRef(step);
        return Heap.Alloc(new PySlice(start, stop, step));
    }

    /// <summary>
    /// PySlice_GetIndicesEx (PySlice_Unpack + PySlice_AdjustIndices): clamped start/stop, step and the slice
    /// length for a sequence of <paramref name="length"/>.
    /// </summary>
    public (long Start, long Stop, long Step, long Length) Indices(long length)
    {
        var (start, stop, step) = Unpack();
        var len = AdjustIndices(length, ref start, ref stop, step);
        return (start, stop, step, len);
    }

    /// <summary>Models Objects/sliceobject.c: PySlice_Unpack (values clipped to the ssize_t range).</summary>
    public (long Start, long Stop, long Step) Unpack()
    {
        long step = 1;
        if (Step is not PyNone)
        {
            step = SliceIndex(Step);
            if (step == 0) throw Errors.ValueError("slice step cannot be zero");
            if (step < -long.MaxValue) step = -long.MaxValue;
        }
        var start = Start is PyNone ? (step < 0 ? long.MaxValue : 0) : SliceIndex(Start);
        var stop = Stop is PyNone ? (step < 0 ? long.MinValue : long.MaxValue) : SliceIndex(Stop);
        return (start, stop, step);
    }

    /// <summary>Models Objects/sliceobject.c: PySlice_AdjustIndices; returns the slice length.</summary>
    public static long AdjustIndices(long length, ref long start, ref long stop, long step)
    {
        if (start < 0)
        {
            start += length;
            if (start < 0) start = step < 0 ? -1 : 0;
        }
        else if (start >= length)
        {
            start = step < 0 ? length - 1 : length;
        }
        if (stop < 0)
        {
            stop += length;
            if (stop < 0) stop = step < 0 ? -1 : 0;
        }
        else if (stop >= length)
        {
            stop = step < 0 ? length - 1 : length;
        }
        if (step < 0)
        {
            if (stop < start) return (start - stop - 1) / -step + 1;
        }
        else if (start < stop)
        {
            return (stop - start - 1) / step + 1;
        }
        return 0;
    }

    /// <summary>Models Python/ceval.c: _PyEval_SliceIndex — an __index__ value clipped to the ssize_t range.</summary>
    public static long SliceIndex(PyObject v)
    {
        if (v is not PyInt && v.Type.Index is null)
            throw Errors.TypeError("slice indices must be integers or None or have an __index__ method");
        var i = Abstract.Index(v);
        try
        {
            if (!i.IsBig) return i.Value;
            return i.BigValue.Sign < 0 ? long.MinValue : long.MaxValue;
        }
        finally
        {
            RefCounts.DecRef(i);
        }
    }

    public override long SizeOf() => 40;

    public override void Traverse(Action<PyObject> visit)
    {
        visit(Start);
        visit(Stop);
        visit(Step);
    }

    internal override void ReleaseReferences()
    {
        // slice_dealloc: step, start, stop.
        PyObject step = Step, start = Start, stop = Stop;
        Step = null!;
        RefCounts.DecRef(step);
        Start = null!;
        RefCounts.DecRef(start);
        Stop = null!;
        RefCounts.DecRef(stop);
    }
}
