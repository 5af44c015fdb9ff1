using System.Numerics;
using PyHeap.Runtime.Memory;

namespace PyHeap.Runtime.Objects;

/// <summary>range (Objects/rangeobject.c): start, stop, step and the computed length, 48 bytes.</summary>
public sealed class PyRange : PyObject
{
    private PyRange(BigInteger start, BigInteger stop, BigInteger step)
        : base(Types.Range)
    {
        Start = start;
        Stop = stop;
        Step = step;
        Length = ComputeLength(start, stop, step);
    }

    public BigInteger Start { get; }
    public BigInteger Stop { get; }
    public BigInteger Step { get; }
    public BigInteger Length { get; }

    public static PyRange New(BigInteger start, BigInteger stop, BigInteger step) => Heap.Alloc(new PyRange(start, stop, step));

    private static BigInteger ComputeLength(BigInteger lo, BigInteger hi, BigInteger step)
    {
        if (step.Sign > 0 && lo < hi) return (hi - lo - 1) / step + 1;
        if (step.Sign < 0 && lo > hi) return (lo - hi - 1) / -step + 1;
        return BigInteger.Zero;
    }

    public BigInteger ItemAt(BigInteger i) => Start + i * Step;

    public override long SizeOf() => 48;
}
