using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>
/// range_iterator (Objects/rangeobject.c: rangeiterobject): start, step, length and an index, all C longs,
/// so <c>for i in range(n)</c> never touches BigInteger. 48 bytes, not GC-tracked.
/// </summary>
public sealed class RangeIterator : PyObject
{
    public static readonly PyType IteratorType = MakeType();

    private long index;
    private readonly long start;
    private readonly long step;
    private readonly long length;

    private RangeIterator(long start, long step, long length)
        : base(IteratorType)
    {
        this.start = start;
        this.step = step;
        this.length = length;
    }

    /// <summary>Items not yet produced (rangeiter_len).</summary>
    public long Remaining => length - index;

    /// <summary>Models Objects/rangeobject.c: fast_range_iter.</summary>
    public static RangeIterator New(long start, long step, long length) => Heap.Alloc(new RangeIterator(start, step, length));

    /// <summary>Models Objects/rangeobject.c: range_iter — the long version when everything fits, else longrange_iterator.</summary>
    public static PyObject New(PyRange range)
    {
        if (range.IsSmall)
        {
            var lstop = range.SmallStop;
            var lstep = range.SmallStep;
            var fits = range.SmallLength == 0
                || (lstep > 0 ? lstop <= long.MaxValue - (lstep - 1) : lstop >= long.MinValue + (-1 - lstep));
            if (fits) return New(range.SmallStart, lstep, range.SmallLength);
        }
        return LongRangeIterator.New(range);
    }

    /// <summary>Models Objects/rangeobject.c: range_reverse.</summary>
    public static PyObject Reversed(PyRange range)
    {
        if (range.IsSmall)
        {
            var lstart = range.SmallStart;
            var lstep = range.SmallStep;
            var ok = lstep != long.MinValue
                && (lstep > 0
                    ? unchecked((ulong)lstart - unchecked((ulong)long.MinValue)) >= (ulong)lstep
                    : unchecked((ulong)long.MaxValue - (ulong)lstart) >= unchecked(0UL - (ulong)lstep));
            if (ok)
            {
                var ulen = range.SmallLength;
                var newStop = lstart - lstep;
                var newStart = unchecked((long)((ulong)newStop + (ulong)ulen * (ulong)lstep));
                return New(newStart, -lstep, ulen);
            }
        }
        var len = range.Length;
        return LongRangeIterator.New(range.Start + (len - 1) * range.Step, -range.Step, len);
    }

    public override long SizeOf() => 48;

    private static PyType MakeType()
    {
        var t = Types.Make("range_iterator", 48, TypeFlags.None);
        TypeSetup.Register(t);
        t.Iter = self => RefCounts.NewRef(self);
        t.IterNext = Next;
        return t;
    }

    /// <summary>Models Objects/rangeobject.c: rangeiter_next.</summary>
    private static PyObject? Next(PyObject self)
    {
        var it = (RangeIterator)self;
        if (it.index >= it.length) return null;
        var v = unchecked(it.start + (long)((ulong)it.index * (ulong)it.step));
        it.index++;
        return PyInt.From(v);
    }

    internal static void InstallMethods()
    {
        // rangeiter_setstate (3.11): the index is clipped to [0, len].
        TypeDicts.AddMethod(IteratorType, "__setstate__", (self, args, kw) =>
        {
            NativeArgs.ExactlyOne(IteratorType.Name + ".__setstate__", args, kw);
            var it = (RangeIterator)self;
            it.index = Math.Clamp(Abstract.AsIndex(args[0]), 0, it.length);
            return PyNone.None;
        });
        TypeDicts.AddMethod(IteratorType, "__length_hint__", (self, args, kw) =>
        {
            NativeArgs.None(IteratorType.Name + ".__length_hint__", args, kw);
            return PyInt.From(((RangeIterator)self).Remaining);
        });
    }
}
