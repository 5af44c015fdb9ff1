using System.Numerics;
using PyHeap.Runtime.Memory;

namespace PyHeap.Runtime.Objects;

/// <summary>
/// range (Objects/rangeobject.c): references to the start, stop and step int objects (as CPython holds them)
/// plus the computed length; 48 bytes, not GC-tracked. The values are cached as BigIntegers, and as longs
/// when all of them fit, so iteration and indexing stay cheap.
/// </summary>
public sealed class PyRange : PyObject
{
    private PyRange(PyInt start, PyInt stop, PyInt step)
        : base(Types.Range)
    {
        StartObject = start;
        StopObject = stop;
        StepObject = step;
        Start = start.BigValue;
        Stop = stop.BigValue;
        Step = step.BigValue;
        Length = ComputeLength(Start, Stop, Step);
        if (!start.IsBig && !stop.IsBig && !step.IsBig && Length <= long.MaxValue)
        {
            IsSmall = true;
            SmallStart = start.Value;
            SmallStop = stop.Value;
            SmallStep = step.Value;
            SmallLength = (long)Length;
        }
    }

    public PyInt StartObject { get; private set; }
    public PyInt StopObject { get; private set; }
    public PyInt StepObject { get; private set; }

    public BigInteger Start { get; }
    public BigInteger Stop { get; }
    public BigInteger Step { get; }
    public BigInteger Length { get; }

    /// <summary>True when start, stop, step and the length all fit a long.</summary>
    public bool IsSmall { get; }
    public long SmallStart { get; }
    public long SmallStop { get; }
    public long SmallStep { get; }
    public long SmallLength { get; }

    /// <summary>A range over new int objects with these values.</summary>
    public static PyRange New(BigInteger start, BigInteger stop, BigInteger step) =>
        Heap.Alloc(new PyRange(PyInt.From(start), PyInt.From(stop), PyInt.From(step)));

    /// <summary>make_range_object: takes over (steals) the three int references.</summary>
    public static PyRange Steal(PyInt start, PyInt stop, PyInt step) => Heap.Alloc(new PyRange(start, stop, step));

    /// <summary>Models Objects/rangeobject.c: compute_range_length.</summary>
    private static BigInteger ComputeLength(BigInteger lo, BigInteger hi, BigInteger step)
    {
        if (step.Sign > 0 && lo < hi) return (hi - lo - 1) / step + 1;
        if (step.Sign < 0 && lo > hi) return (lo - hi - 1) / -step + 1;
        return BigInteger.Zero;
    }

    public BigInteger ItemAt(BigInteger i) => Start + i * Step;

    public override long SizeOf() => 48;

    public override void Traverse(Action<PyObject> visit)
    {
        visit(StartObject);
        visit(StopObject);
        visit(StepObject);
    }

    internal override void ReleaseReferences()
    {
        // range_dealloc: start, stop, step (then length, which we do not keep as an object).
        PyInt start = StartObject, stop = StopObject, step = StepObject;
        StartObject = null!;
        RefCounts.DecRef(start);
        StopObject = null!;
        RefCounts.DecRef(stop);
        StepObject = null!;
        RefCounts.DecRef(step);
    }
}
