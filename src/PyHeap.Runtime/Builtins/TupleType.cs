using System.Text;
using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>tuple (Objects/tupleobject.c).</summary>
public static class TupleType
{
    public static void Install()
    {
        var t = Types.Tuple;
        t.Length = self => ((PyTuple)self).Count;
        t.Repr = Repr;
        t.Hash = Hash;
        t.GetItem = GetItem;
        t.Contains = (self, item) =>
        {
            foreach (var x in ((PyTuple)self).Items)
                if (Abstract.RichCompareBool(x, item, CompareOp.Eq)) return true;
            return false;
        };
        t.Iter = TupleIterator.New;
        t.RichCompare = SequenceCompare.CompareTuples;
        t.SeqConcat = Concat;
        t.SeqRepeat = (a, n) => Repeat((PyTuple)a, ListType.RepeatCount(n));
        t.New = New;
        ContainerDunders.AddNew(t, genericNew: false);
        TypeDicts.AddMethod(t, "index", Index);
        TypeDicts.AddMethod(t, "count", (self, args, kw) =>
        {
            NativeArgs.ExactlyOne("tuple.count", args, kw);
            long count = 0;
            foreach (var x in ((PyTuple)self).Items)
                if (Abstract.RichCompareBool(x, args[0], CompareOp.Eq)) count++;
            return PyInt.From(count);
        });
        TupleIterator.InstallMethods();
    }

    /// <summary>Models tuple_new: keywords are refused unless a subclass has its own __init__ to take them.</summary>
    private static PyObject New(PyObject typeObj, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var type = (PyType)typeObj;
        if (!TypeCall.InitOverridden(type)) NativeArgs.NoKeywords("tuple", kw);
        var nargs = args.Length - (kw?.Count ?? 0);
        if (nargs > 1) throw Errors.TypeError($"tuple expected at most 1 argument, got {nargs}");
        var exact = nargs == 0 ? PyTuple.Empty : Abstract.SequenceTuple(args[0]);
        if (ReferenceEquals(type, Types.Tuple)) return exact;
        // tuple_subtype_new: the exact tuple first (tuple_new_impl), then the subclass's copy of its items.
        try
        {
            return PyTuple.NewSubtype(type, (PyTuple)exact);
        }
        finally
        {
            RefCounts.DecRef(exact);
        }
    }

    /// <summary>Models Objects/tupleobject.c: tuplerepr (Py_ReprEnter: a tuple can reach itself through a mutable item).</summary>
    public static PyObject Repr(PyObject self)
    {
        var tuple = (PyTuple)self;
        var items = tuple.Items;
        if (items.Length == 0) return PyStr.From("()");
        if (!ReprRecursion.Enter(tuple)) return PyStr.From("(...)");
        try
        {
            var sb = new StringBuilder("(");
            for (var i = 0; i < items.Length; i++)
            {
                if (i > 0) sb.Append(", ");
                sb.Append(Abstract.ReprString(items[i]));
            }
            sb.Append(items.Length == 1 ? ",)" : ")");
            return PyStr.From(sb.ToString());
        }
        finally
        {
            ReprRecursion.Leave(tuple);
        }
    }

    /// <summary>Models Objects/tupleobject.c: tuplehash (xxHash-based, from the items' hashes).</summary>
    public static long Hash(PyObject self)
    {
        var items = ((PyTuple)self).Items;
        Span<long> hashes = items.Length <= 64 ? stackalloc long[items.Length] : new long[items.Length];
        for (var i = 0; i < items.Length; i++) hashes[i] = Abstract.Hash(items[i]);
        return Numerics.PyHash.Tuple(hashes);
    }

    /// <summary>Models Objects/tupleobject.c: tuplesubscript.</summary>
    public static PyObject GetItem(PyObject self, PyObject item)
    {
        var tuple = (PyTuple)self;
        var items = tuple.Items;
        if (IndexArgs.IsIndex(item))
        {
            var i = item is PyInt { IsBig: false } fast ? fast.Value : IndexArgs.SubscriptIndex(item);
            if (i < 0) i += items.Length;
            if ((ulong)i >= (ulong)items.Length) throw Errors.IndexError("tuple index out of range");
            return RefCounts.NewRef(items[i]);
        }
        if (item is PySlice slice)
        {
            var (start, stop, step) = slice.Unpack();
            var len = PySlice.AdjustIndices(items.Length, ref start, ref stop, step);
            if (len <= 0) return PyTuple.Empty;
            if (start == 0 && step == 1 && len == items.Length && self.Type == Types.Tuple) return RefCounts.NewRef(self);
            var result = new PyObject[len];
            var cur = start;
            for (var i = 0; i < len; i++, cur += step)
            {
                var o = items[cur];
                RefCounts.IncRef(o);
                result[i] = o;
            }
            return PyTuple.Steal(result);
        }
        throw Errors.TypeError($"tuple indices must be integers or slices, not {item.Type.Name}");
    }

    /// <summary>Models Objects/tupleobject.c: tupleconcat (an empty operand returns the other exact tuple itself).</summary>
    private static PyObject Concat(PyObject a, PyObject b)
    {
        if (b is not PyTuple bt) throw Errors.TypeError($"can only concatenate tuple (not \"{b.Type.Name}\") to tuple");
        var at = (PyTuple)a;
        if (at.Count == 0 && b.Type == Types.Tuple) return RefCounts.NewRef(b);
        if (bt.Count == 0 && a.Type == Types.Tuple) return RefCounts.NewRef(a);
        var result = new PyObject[at.Count + bt.Count];
        var p = 0;
        foreach (var o in at.Items)
        {
            RefCounts.IncRef(o);
            result[p++] = o;
        }
        foreach (var o in bt.Items)
        {
            RefCounts.IncRef(o);
            result[p++] = o;
        }
        return PyTuple.Steal(result);
    }

    /// <summary>Models Objects/tupleobject.c: tuplerepeat (t * 1 is t itself for an exact tuple).</summary>
    public static PyObject Repeat(PyTuple a, long n)
    {
        var count = a.Count;
        if (count == 0 || n == 1)
        {
            if (a.Type == Types.Tuple) return RefCounts.NewRef(a);
            if (count == 0) return PyTuple.Empty;
        }
        if (n <= 0) return PyTuple.Empty;
        if (count > int.MaxValue / n) throw Errors.NoArgs(ExceptionTypes.MemoryError);
        var size = (int)(count * n);
        var result = new PyObject[size];
        var p = 0;
        for (long r = 0; r < n; r++)
        {
            foreach (var o in a.Items)
            {
                RefCounts.IncRef(o);
                result[p++] = o;
            }
        }
        return PyTuple.Steal(result);
    }

    /// <summary>Models Objects/tupleobject.c: tuple_index_impl.</summary>
    private static PyObject Index(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        NativeArgs.NoKeywords("tuple.index", kwnames);
        NativeArgs.Range("index", args, kwnames, 1, 3);
        var items = ((PyTuple)self).Items;
        var start = args.Length > 1 ? IndexArgs.SliceIndexNotNone(args[1]) : 0;
        var stop = args.Length > 2 ? IndexArgs.SliceIndexNotNone(args[2]) : long.MaxValue;
        if (start < 0)
        {
            start += items.Length;
            if (start < 0) start = 0;
        }
        if (stop < 0)
        {
            stop += items.Length;
        }
        else if (stop > items.Length)
        {
            stop = items.Length;
        }
        for (var i = start; i < stop; i++)
            if (Abstract.RichCompareBool(items[i], args[0], CompareOp.Eq)) return PyInt.From(i);
        throw Errors.ValueError("tuple.index(x): x not in tuple");
    }
}
