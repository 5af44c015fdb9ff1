using System.Numerics;
using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;

namespace PyHeap.Runtime.Builtins;

/// <summary>
/// longrange_iterator (Objects/rangeobject.c: longrangeiterobject): the arbitrary-precision range iterator, 48
/// bytes. Like CPython it holds references to the start and step int objects until it is deallocated.
/// </summary>
public sealed class LongRangeIterator : PyObject
{
    public static readonly PyType IteratorType = MakeType();

    private BigInteger index;
    private readonly BigInteger start;
    private readonly BigInteger step;
    private readonly BigInteger length;
    private PyInt? startObject;
    private PyInt? stepObject;

    private LongRangeIterator(PyInt startObject, PyInt stepObject, BigInteger length)
        : base(IteratorType)
    {
        this.startObject = startObject;
        this.stepObject = stepObject;
        start = startObject.BigValue;
        step = stepObject.BigValue;
        this.length = length;
    }

    public BigInteger Remaining => length - index;

    /// <summary>range_iter's long path: borrows the range's own start and step objects (new references).</summary>
    public static LongRangeIterator New(PyRange range)
    {
        RefCounts.IncRef(range.StartObject);
        RefCounts.IncRef(range.StepObject);
        return Heap.Alloc(new LongRangeIterator(range.StartObject, range.StepObject, range.Length));
    }

    /// <summary>A long iterator over new int objects (range_reverse's long path).</summary>
    public static LongRangeIterator New(BigInteger start, BigInteger step, BigInteger length) =>
        Heap.Alloc(new LongRangeIterator(PyInt.From(start), PyInt.From(step), length));

    public override long SizeOf() => 48;

    public override void Traverse(Action<PyObject> visit)
    {
        if (startObject is not null) visit(startObject);
        if (stepObject is not null) visit(stepObject);
    }

    internal override void ReleaseReferences()
    {
        // longrangeiter_dealloc: start, step (then len and index, which are not kept as objects).
        var a = startObject;
        var b = stepObject;
        startObject = null;
        stepObject = null;
        RefCounts.XDecRef(a);
        RefCounts.XDecRef(b);
    }

    private static PyType MakeType()
    {
        var t = Types.Make("longrange_iterator", 48, TypeFlags.None);
        TypeSetup.Register(t);
        t.Iter = self => RefCounts.NewRef(self);
        t.IterNext = self =>
        {
            var it = (LongRangeIterator)self;
            if (it.index >= it.length) return null;
            var v = it.start + it.index * it.step;
            it.index += 1;
            return PyInt.From(v);
        };
        return t;
    }

    internal static void InstallMethods()
    {
        TypeDicts.AddMethod(IteratorType, "__length_hint__", (self, args, kw) =>
        {
            NativeArgs.None(IteratorType.Name + ".__length_hint__", args, kw);
            return PyInt.From(((LongRangeIterator)self).Remaining);
        });
    }
}
