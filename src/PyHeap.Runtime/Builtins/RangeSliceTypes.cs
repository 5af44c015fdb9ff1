using System.Numerics;
using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>range and slice types, and the range iterator.</summary>
public static class RangeSliceTypes
{
    public static void Install()
    {
        var r = Types.Range;
        r.New = (type, args, kw) =>
        {
            NativeArgs.NoKeywords("range", kw);
            if (args.Length is 0 or > 3)
                throw Errors.TypeError(args.Length == 0 ? "range expected at least 1 argument, got 0" : $"range expected at most 3 arguments, got {args.Length}");
            BigInteger Arg(PyObject o)
            {
                var i = Abstract.Index(o);
                var v = i.BigValue;
                RefCounts.DecRef(i);
                return v;
            }
            if (args.Length == 1) return PyRange.New(0, Arg(args[0]), 1);
            var step = args.Length == 3 ? Arg(args[2]) : BigInteger.One;
            if (step.IsZero) throw Errors.ValueError("range() arg 3 must not be zero");
            return PyRange.New(Arg(args[0]), Arg(args[1]), step);
        };
        r.Length = self => (long)((PyRange)self).Length;
        r.Iter = self => RangeIterator.New((PyRange)self);
        r.Repr = self =>
        {
            var x = (PyRange)self;
            return PyStr.From(x.Step.IsOne ? $"range({x.Start}, {x.Stop})" : $"range({x.Start}, {x.Stop}, {x.Step})");
        };
        r.GetItem = (self, key) =>
        {
            var x = (PyRange)self;
            var i = Abstract.Index(key).BigValue;
            if (i.Sign < 0) i += x.Length;
            if (i.Sign < 0 || i >= x.Length) throw Errors.IndexError("range object index out of range");
            return PyInt.From(x.ItemAt(i));
        };
        r.Contains = (self, item) =>
        {
            var x = (PyRange)self;
            if (item is not PyInt i) return false;
            var v = i.BigValue;
            if (x.Step.Sign > 0 ? v < x.Start || v >= x.Stop : v > x.Start || v <= x.Stop) return false;
            return ((v - x.Start) % x.Step).IsZero;
        };

        var s = Types.Slice;
        s.New = (type, args, kw) =>
        {
            NativeArgs.NoKeywords("slice", kw);
            return args.Length switch
            {
                1 => PySlice.New(PyNone.None, args[0], PyNone.None),
                2 => PySlice.New(args[0], args[1], PyNone.None),
                3 => PySlice.New(args[0], args[1], args[2]),
                _ => throw Errors.TypeError($"slice expected at {(args.Length == 0 ? "least 1" : "most 3")} argument{(args.Length == 0 ? "" : "s")}, got {args.Length}"),
            };
        };
        s.Repr = self =>
        {
            var x = (PySlice)self;
            return PyStr.From($"slice({Abstract.ReprString(x.Start)}, {Abstract.ReprString(x.Stop)}, {Abstract.ReprString(x.Step)})");
        };
        TypeDicts.AddGetSet(s, "start", self => RefCounts.NewRef(((PySlice)self).Start));
        TypeDicts.AddGetSet(s, "stop", self => RefCounts.NewRef(((PySlice)self).Stop));
        TypeDicts.AddGetSet(s, "step", self => RefCounts.NewRef(((PySlice)self).Step));
    }
}
