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

    public PyObject Start { get; }
    public PyObject Stop { get; }
    public PyObject Step { get; }

    /// <summary>New slice taking new references to the three parts.</summary>
    public static PySlice New(PyObject start, PyObject stop, PyObject step)
    {
        RefCounts.IncRef(start);
        RefCounts.IncRef(stop);
        RefCounts.IncRef(step);
        return Heap.Alloc(new PySlice(start, stop, step));
    }

    /// <summary>PySlice_GetIndicesEx: clamped start/stop, step and the slice length for a sequence of <paramref name="length"/>.</summary>
    public (long Start, long Stop, long Step, long Length) Indices(long length)
    {
        long step = Step is PyNone ? 1 : Abstract.AsIndex(Step);
        if (step == 0) throw Errors.ValueError("slice step cannot be zero");
        long lower = step < 0 ? -1 : 0;
        long upper = step < 0 ? length - 1 : length;
        long Clamp(PyObject o, long dflt)
        {
            if (o is PyNone) return dflt;
            var v = o is PyInt { IsBig: true } big ? (big.BigValue.Sign < 0 ? long.MinValue / 2 : long.MaxValue / 2) : Abstract.AsIndex(o);
            if (v < 0)
            {
                v += length;
                if (v < lower) v = lower;
            }
            else if (v > upper)
            {
                v = upper;
            }
            return v;
        }
        var start = Clamp(Start, step < 0 ? upper : lower);
        var stop = Clamp(Stop, step < 0 ? lower : upper);
        long len;
        if (step < 0) len = stop < start ? (start - stop - 1) / (-step) + 1 : 0;
        else len = start < stop ? (stop - start - 1) / step + 1 : 0;
        return (start, stop, step, len);
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
        RefCounts.DecRef(Start);
        RefCounts.DecRef(Stop);
        RefCounts.DecRef(Step);
    }
}
