using System.Numerics;
using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;

namespace PyHeap.Runtime.Builtins;

/// <summary>range_iterator (Objects/rangeobject.c): counts with a long while values fit.</summary>
public sealed class RangeIterator : PyObject
{
    public static readonly PyType IteratorType = MakeType();

    private BigInteger next;
    private readonly BigInteger step;
    private BigInteger remaining;

    private RangeIterator(PyRange range)
        : base(IteratorType)
    {
        next = range.Start;
        step = range.Step;
        remaining = range.Length;
    }

    public static PyObject New(PyRange range) => Heap.Alloc(new RangeIterator(range));

    public override long SizeOf() => 48;

    private static PyType MakeType()
    {
        var t = Types.Make("range_iterator", 48, TypeFlags.None);
        TypeSetup.Register(t);
        t.Iter = self => RefCounts.NewRef(self);
        t.IterNext = self =>
        {
            var it = (RangeIterator)self;
            if (it.remaining.Sign <= 0) return null;
            var v = it.next;
            it.next += it.step;
            it.remaining -= 1;
            return PyInt.From(v);
        };
        return t;
    }
}
