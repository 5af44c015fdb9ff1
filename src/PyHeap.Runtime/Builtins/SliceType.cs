using System.Numerics;
using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>slice (Objects/sliceobject.c).</summary>
public static class SliceType
{
    public static void Install()
    {
        var s = Types.Slice;
        s.New = (type, args, kw) =>
        {
            NativeArgs.NoKeywords("slice", kw);
            return args.Length switch
            {
                1 => PySlice.New(PyNone.None, args[0], PyNone.None),
                2 => PySlice.New(args[0], args[1], PyNone.None),
                3 => PySlice.New(args[0], args[1], args[2]),
                0 => throw Errors.TypeError("slice expected at least 1 argument, got 0"),
                _ => throw Errors.TypeError($"slice expected at most 3 arguments, got {args.Length}"),
            };
        };
        s.Repr = self =>
        {
            var x = (PySlice)self;
            return PyStr.From($"slice({Abstract.ReprString(x.Start)}, {Abstract.ReprString(x.Stop)}, {Abstract.ReprString(x.Step)})");
        };
        s.Hash = ObjectMethods.HashNotImplemented;
        s.RichCompare = RichCompare;
        TypeDicts.AddGetSet(s, "start", self => RefCounts.NewRef(((PySlice)self).Start), ReadOnly);
        TypeDicts.AddGetSet(s, "stop", self => RefCounts.NewRef(((PySlice)self).Stop), ReadOnly);
        TypeDicts.AddGetSet(s, "step", self => RefCounts.NewRef(((PySlice)self).Step), ReadOnly);
        TypeDicts.AddMethod(s, "indices", (self, args, kw) =>
        {
            NativeArgs.ExactlyOne("slice.indices", args, kw);
            return Indices((PySlice)self, args[0]);
        });
    }

    /// <summary>T_OBJECT members declared READONLY.</summary>
    private static void ReadOnly(PyObject self, PyObject? value) => throw Errors.AttributeError("readonly attribute");

    /// <summary>Models Objects/sliceobject.c: slice_richcompare — identity shortcut, else compare (start, stop, step) tuples.</summary>
    private static PyObject RichCompare(PyObject v, PyObject w, CompareOp op)
    {
        if (v is not PySlice a || w is not PySlice b) return PySingleton.NotImplemented;
        if (ReferenceEquals(v, w)) return PyBool.From(op is CompareOp.Eq or CompareOp.Le or CompareOp.Ge);
        var t1 = PyTuple.Pack(a.Start, a.Stop, a.Step);
        var t2 = PyTuple.Pack(b.Start, b.Stop, b.Step);
        try
        {
            return Abstract.RichCompare(t1, t2, op);
        }
        finally
        {
            RefCounts.DecRef(t1);
            RefCounts.DecRef(t2);
        }
    }

    /// <summary>Models Objects/sliceobject.c: slice_indices / _PySlice_GetLongIndices (arbitrary precision).</summary>
    internal static PyObject Indices(PySlice slice, PyObject lengthArg)
    {
        var lengthObj = Abstract.Index(lengthArg);
        var length = lengthObj.BigValue;
        RefCounts.DecRef(lengthObj);
        if (length.Sign < 0) throw Errors.ValueError("length should not be negative");
        BigInteger step = 1;
        if (slice.Step is not PyNone)
        {
            step = Value(slice.Step);
            if (step.IsZero) throw Errors.ValueError("slice step cannot be zero");
        }
        var negative = step.Sign < 0;
        var lower = negative ? BigInteger.MinusOne : BigInteger.Zero;
        var upper = negative ? length - 1 : length;
        BigInteger Clip(PyObject o, BigInteger dflt)
        {
            if (o is PyNone) return dflt;
            var v = Value(o);
            if (v.Sign < 0)
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
        var start = Clip(slice.Start, negative ? upper : lower);
        var stop = Clip(slice.Stop, negative ? lower : upper);
        return PyTuple.Steal([PyInt.From(start), PyInt.From(stop), PyInt.From(step)]);
    }

    /// <summary>evaluate_slice_index: an __index__ value, or the slice TypeError.</summary>
    private static BigInteger Value(PyObject o)
    {
        if (!IndexArgs.IsIndex(o)) throw Errors.TypeError("slice indices must be integers or None or have an __index__ method");
        var i = Abstract.Index(o);
        var v = i.BigValue;
        RefCounts.DecRef(i);
        return v;
    }
}
