using System.Numerics;
using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>range (Objects/rangeobject.c).</summary>
public static class RangeType
{
    public static void Install()
    {
        var r = Types.Range;
        r.New = New;
        r.Length = self =>
        {
            var x = (PyRange)self;
            if (x.IsSmall) return x.SmallLength;
            if (x.Length > long.MaxValue) throw Errors.OverflowError("Python int too large to convert to C ssize_t");
            return (long)x.Length;
        };
        r.Bool = self => !((PyRange)self).Length.IsZero;
        r.Iter = self => RangeIterator.New((PyRange)self);
        r.Repr = self =>
        {
            var x = (PyRange)self;
            return PyStr.From(x.Step.IsOne ? $"range({x.Start}, {x.Stop})" : $"range({x.Start}, {x.Stop}, {x.Step})");
        };
        r.GetItem = GetItem;
        r.Contains = Contains;
        r.RichCompare = RichCompare;
        r.Hash = Hash;
        TypeDicts.AddGetSet(r, "start", self => RefCounts.NewRef(((PyRange)self).StartObject), ReadOnly);
        TypeDicts.AddGetSet(r, "stop", self => RefCounts.NewRef(((PyRange)self).StopObject), ReadOnly);
        TypeDicts.AddGetSet(r, "step", self => RefCounts.NewRef(((PyRange)self).StepObject), ReadOnly);
        TypeDicts.AddMethod(r, "__reversed__", (self, args, kw) =>
        {
            NativeArgs.None("range.__reversed__", args, kw);
            return RangeIterator.Reversed((PyRange)self);
        });
        TypeDicts.AddMethod(r, "count", (self, args, kw) =>
        {
            NativeArgs.ExactlyOne("range.count", args, kw);
            return Count((PyRange)self, args[0]);
        });
        TypeDicts.AddMethod(r, "index", (self, args, kw) =>
        {
            NativeArgs.ExactlyOne("range.index", args, kw);
            return Index((PyRange)self, args[0]);
        });
        RangeIterator.InstallMethods();
        LongRangeIterator.InstallMethods();
    }

    /// <summary><c>reversed(range)</c> (range.__reversed__) — for the reversed() builtin.</summary>
    public static PyObject Reversed(PyRange range) => RangeIterator.Reversed(range);

    private static void ReadOnly(PyObject self, PyObject? value) => throw Errors.AttributeError("readonly attribute");

    /// <summary>Models Objects/rangeobject.c: range_vectorcall / range_from_array.</summary>
    private static PyObject New(PyObject type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        NativeArgs.NoKeywords("range", kwnames);
        switch (args.Length)
        {
            case 0:
                throw Errors.TypeError("range expected at least 1 argument, got 0");
            case 1:
                return PyRange.Steal(PyInt.Zero, IndexExact(args[0]), PyInt.One);
            case 2 or 3:
                var start = IndexExact(args[0]);
                PyInt stop;
                try
                {
                    stop = IndexExact(args[1]);
                }
                catch
                {
                    RefCounts.DecRef(start);
                    throw;
                }
                PyInt step;
                try
                {
                    step = args.Length == 3 ? IndexExact(args[2]) : PyInt.One;
                    if (step.BigValue.IsZero)
                    {
                        RefCounts.DecRef(step);
                        throw Errors.ValueError("range() arg 3 must not be zero");
                    }
                }
                catch
                {
                    RefCounts.DecRef(start);
                    RefCounts.DecRef(stop);
                    throw;
                }
                return PyRange.Steal(start, stop, step);
            default:
                throw Errors.TypeError($"range expected at most 3 arguments, got {args.Length}");
        }
    }

    /// <summary>PyNumber_Index: the int itself for an exact int, a plain int copy for an int subclass (bool).</summary>
    private static PyInt IndexExact(PyObject o)
    {
        var i = Abstract.Index(o);
        if (i.Type == Types.Int) return i;
        var copy = PyInt.From(i.BigValue);
        RefCounts.DecRef(i);
        return copy;
    }

    /// <summary>Models Objects/rangeobject.c: range_subscript (compute_range_item / compute_slice).</summary>
    private static PyObject GetItem(PyObject self, PyObject item)
    {
        var r = (PyRange)self;
        if (item is PyInt { IsBig: false } fast && r.IsSmall)
        {
            var i = fast.Value;
            if (i < 0) i += r.SmallLength;
            if (i < 0 || i >= r.SmallLength) throw Errors.IndexError("range object index out of range");
            return PyInt.From(unchecked(r.SmallStart + i * r.SmallStep));
        }
        if (IndexArgs.IsIndex(item))
        {
            var idx = Abstract.Index(item);
            var i = idx.BigValue;
            RefCounts.DecRef(idx);
            if (i.Sign < 0) i += r.Length;
            if (i.Sign < 0 || i >= r.Length) throw Errors.IndexError("range object index out of range");
            return PyInt.From(r.ItemAt(i));
        }
        if (item is PySlice slice) return Slice(r, slice);
        throw Errors.TypeError($"range indices must be integers or slices, not {item.Type.Name}");
    }

    /// <summary>Models Objects/rangeobject.c: compute_slice (via _PySlice_GetLongIndices on the length).</summary>
    private static PyObject Slice(PyRange r, PySlice slice)
    {
        var lengthObj = PyInt.From(r.Length);
        PyObject indices;
        try
        {
            indices = SliceType.Indices(slice, lengthObj);
        }
        finally
        {
            RefCounts.DecRef(lengthObj);
        }
        var t = (PyTuple)indices;
        var start = ((PyInt)t.Items[0]).BigValue;
        var stop = ((PyInt)t.Items[1]).BigValue;
        var step = ((PyInt)t.Items[2]).BigValue;
        RefCounts.DecRef(indices);
        return PyRange.New(r.ItemAt(start), r.ItemAt(stop), step * r.Step);
    }

    /// <summary>Models Objects/rangeobject.c: range_contains_long (ints and bools), else the iteration search.</summary>
    private static bool Contains(PyObject self, PyObject ob)
    {
        var r = (PyRange)self;
        if (ob.Type == Types.Int || ob.Type == Types.Bool) return ContainsLong(r, ((PyInt)ob).BigValue);
        var it = RangeIterator.New(r);
        try
        {
            while (Abstract.IterNext(it) is { } x)
            {
                var eq = Abstract.RichCompareBool(x, ob, CompareOp.Eq);
                RefCounts.DecRef(x);
                if (eq) return true;
            }
            return false;
        }
        finally
        {
            RefCounts.DecRef(it);
        }
    }

    private static bool ContainsLong(PyRange r, BigInteger v)
    {
        if (r.IsSmall && v >= long.MinValue && v <= long.MaxValue)
        {
            var x = (long)v;
            var start = r.SmallStart;
            var step = r.SmallStep;
            if (step > 0 ? x < start || x >= r.SmallStop : x > start || x <= r.SmallStop) return false;
            return ((BigInteger)x - start) % step == 0;
        }
        if (r.Step.Sign > 0 ? v < r.Start || v >= r.Stop : v > r.Start || v <= r.Stop) return false;
        return ((v - r.Start) % r.Step).IsZero;
    }

    /// <summary>Models Objects/rangeobject.c: range_count.</summary>
    private static PyObject Count(PyRange r, PyObject ob)
    {
        if (ob.Type == Types.Int || ob.Type == Types.Bool) return PyInt.From(ContainsLong(r, ((PyInt)ob).BigValue) ? 1 : 0);
        long count = 0;
        var it = RangeIterator.New(r);
        try
        {
            while (Abstract.IterNext(it) is { } x)
            {
                if (Abstract.RichCompareBool(x, ob, CompareOp.Eq)) count++;
                RefCounts.DecRef(x);
            }
        }
        finally
        {
            RefCounts.DecRef(it);
        }
        return PyInt.From(count);
    }

    /// <summary>Models Objects/rangeobject.c: range_index.</summary>
    private static PyObject Index(PyRange r, PyObject ob)
    {
        if (ob.Type == Types.Int || ob.Type == Types.Bool)
        {
            var v = ((PyInt)ob).BigValue;
            if (ContainsLong(r, v)) return PyInt.From(BigInteger.Divide(v - r.Start, r.Step));
            throw Errors.ValueError($"{Abstract.ReprString(ob)} is not in range");
        }
        long index = 0;
        var it = RangeIterator.New(r);
        try
        {
            while (Abstract.IterNext(it) is { } x)
            {
                var eq = Abstract.RichCompareBool(x, ob, CompareOp.Eq);
                RefCounts.DecRef(x);
                if (eq) return PyInt.From(index);
                index++;
            }
        }
        finally
        {
            RefCounts.DecRef(it);
        }
        throw Errors.ValueError("sequence.index(x): x not in sequence");
    }

    /// <summary>Models Objects/rangeobject.c: range_richcompare / range_equals (ranges equal as sequences).</summary>
    private static PyObject RichCompare(PyObject v, PyObject w, CompareOp op)
    {
        if (v is not PyRange a || w is not PyRange b || op is not (CompareOp.Eq or CompareOp.Ne)) return PySingleton.NotImplemented;
        var equal = ReferenceEquals(a, b) || (a.Length == b.Length
            && (a.Length.IsZero || (a.Start == b.Start && (a.Length.IsOne || a.Step == b.Step))));
        return PyBool.From(equal == (op == CompareOp.Eq));
    }

    /// <summary>Models Objects/rangeobject.c: range_hash — the hash of (len, start, step) with None for what does not matter.</summary>
    private static long Hash(PyObject self)
    {
        var r = (PyRange)self;
        Span<long> hashes = stackalloc long[3];
        hashes[0] = Numerics.PyHash.Int(r.Length);
        if (r.Length.IsZero)
        {
            hashes[1] = Abstract.Hash(PyNone.None);
            hashes[2] = hashes[1];
        }
        else
        {
            hashes[1] = Abstract.Hash(r.StartObject);
            hashes[2] = r.Length.IsOne ? Abstract.Hash(PyNone.None) : Abstract.Hash(r.StepObject);
        }
        return Numerics.PyHash.Tuple(hashes);
    }
}
