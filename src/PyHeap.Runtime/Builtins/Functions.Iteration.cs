using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>Iteration builtins: iter, next, sorted, min/max, sum, any, all.</summary>
public static partial class Functions
{
    /// <summary>builtin_iter: iter(obj) or iter(callable, sentinel).</summary>
    private static PyObject Iter(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        NativeArgs.Range("iter", args, kw, 1, 2);
        if (args.Length == 1) return Abstract.GetIter(args[0]);
        if (!IsCallable(args[0])) throw Errors.TypeError("iter(v, w): v must be callable");
        return CallableIterator.New(args[0], args[1]);
    }

    /// <summary>next(it) without a default: tp_iternext with StopIteration (carrying a generator's return value) at the end.</summary>
    internal static PyObject NextOrStopIteration(PyObject it) => Next(PyNone.None, [it], null);

    /// <summary>builtin_next: the next item, the default when exhausted, else StopIteration.</summary>
    private static PyObject Next(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        NativeArgs.Range("next", args, kw, 1, 2);
        var it = args[0];
        if (it.Type.IterNext is not { } next) throw Errors.TypeError($"'{it.Type.Name}' object is not an iterator");
        PyObject? item;
        PyObject? returned = null;
        try
        {
            // A generator's return value travels in StopIteration (gen_iternext → _PyGen_SetStopIterationValue).
            item = it is PyGenerator gen && it.Type == Types.Generator
                ? Interpreter.Current.GeneratorSend(gen, PyNone.None, out returned)
                : next(it);
        }
        catch (PyException e) when (args.Length > 1 && e.Value.Type.IsSubtypeOf(ExceptionTypes.StopIteration))
        {
            RefCounts.DecRef(e.Value);
            item = null;
        }
        if (item is not null) return item;
        if (args.Length > 1)
        {
            RefCounts.XDecRef(returned);
            return RefCounts.NewRef(args[1]);
        }
        if (returned is null || returned is PyNone)
        {
            RefCounts.XDecRef(returned);
            throw Errors.NoArgs(ExceptionTypes.StopIteration);
        }
        try
        {
            throw Errors.WithArg(ExceptionTypes.StopIteration, returned);
        }
        finally
        {
            RefCounts.DecRef(returned);
        }
    }

    /// <summary>builtin_sorted: list(iterable), then its sort method with the keywords.</summary>
    private static PyObject Sorted(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var nkw = kw?.Count ?? 0;
        var nargs = args.Length - nkw;
        if (nargs != 1) throw Errors.TypeError($"sorted expected 1 argument, got {nargs}");
        var list = ListOps.SequenceList(args[0]);
        try
        {
            var sort = Abstract.GetAttr(list, "sort");
            try
            {
                RefCounts.DecRef(Interpreter.Current.CallObject(sort, args[1..], kw));
            }
            finally
            {
                RefCounts.DecRef(sort);
            }
        }
        catch
        {
            RefCounts.DecRef(list);
            throw;
        }
        return list;
    }

    private static readonly string[] MinMaxKeywords = ["key", "default"];

    /// <summary>min_max: one iterable or several arguments, key=, default=.</summary>
    private static PyObject MinMax(ReadOnlySpan<PyObject> all, PyTuple? kwnames, CompareOp op)
    {
        var name = op == CompareOp.Lt ? "min" : "max";
        var (pos, kw) = NativeArgs.Split(all, kwnames);
        var positional = pos.Length > 1;
        if (pos.Length == 0) throw Errors.TypeError($"{name} expected at least 1 argument, got 0");
        if (kw.Count > 2) throw Errors.TypeError($"{name}() takes at most 2 keyword arguments ({kw.Count} given)");
        NativeArgs.CheckKeywords(name, kw, MinMaxKeywords);
        var keyfunc = kw.GetValueOrDefault("key");
        var defaultValue = kw.GetValueOrDefault("default");
        if (positional && defaultValue is not null)
            throw Errors.TypeError($"Cannot specify a default for {name}() with multiple positional arguments");
        // METH_VARARGS: the positional arguments are packed in a tuple for the call.
        var argsTuple = PyTuple.FromBorrowed(pos);
        try
        {
            var it = Abstract.GetIter(positional ? argsTuple : pos[0]);
            using var heldIterator = Heap.Current.Hold(it); // the C local iterator while Python code runs
            if (keyfunc is PyNone) keyfunc = null;
            PyObject? maxItem = null, maxVal = null;
            try
            {
                while (Abstract.IterNext(it) is { } item)
                {
                    PyObject val;
                    try
                    {
                        val = keyfunc is null ? RefCounts.NewRef(item) : Interpreter.Current.CallObject(keyfunc, [item]);
                    }
                    catch
                    {
                        RefCounts.DecRef(item);
                        throw;
                    }
                    if (maxVal is null)
                    {
                        maxItem = item;
                        maxVal = val;
                        continue;
                    }
                    bool better;
                    try
                    {
                        better = Abstract.RichCompareBool(val, maxVal, op);
                    }
                    catch
                    {
                        RefCounts.DecRef(item);
                        RefCounts.DecRef(val);
                        throw;
                    }
                    if (better)
                    {
                        RefCounts.DecRef(maxVal);
                        RefCounts.DecRef(maxItem!);
                        maxVal = val;
                        maxItem = item;
                    }
                    else
                    {
                        RefCounts.DecRef(item);
                        RefCounts.DecRef(val);
                    }
                }
            }
            catch
            {
                RefCounts.XDecRef(maxVal);
                RefCounts.XDecRef(maxItem);
                RefCounts.DecRef(it);
                throw;
            }
            if (maxVal is null)
            {
                RefCounts.DecRef(it);
                if (defaultValue is not null) return RefCounts.NewRef(defaultValue);
                throw Errors.ValueError($"{name}() arg is an empty sequence");
            }
            RefCounts.DecRef(maxVal);
            RefCounts.DecRef(it);
            return maxItem!;
        }
        finally
        {
            RefCounts.DecRef(argsTuple);
        }
    }

    private static readonly string[] SumNames = ["iterable", "start"];

    /// <summary>builtin_sum_impl (3.11): int and float fast paths, then PyNumber_Add left to right.</summary>
    private static PyObject Sum(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var a = ClinicArgs.Parse("sum", args, kw, SumNames, 1, posOnly: 1);
        var start = a[1];
        if (start is PyStr) throw Errors.TypeError("sum() can't sum strings [use ''.join(seq) instead]");
        if (start is PyBytes) throw Errors.TypeError("sum() can't sum bytes [use b''.join(seq) instead]");
        if (start is PyByteArray) throw Errors.TypeError("sum() can't sum bytearray [use b''.join(seq) instead]");
        var it = Abstract.GetIter(a[0]!);
        using var heldIterator = Heap.Current.Hold(it); // the C local iterator while Python code runs
        PyObject result = start is null ? PyInt.Zero : RefCounts.NewRef(start);
        try
        {
            if (result is PyInt ri && ReferenceEquals(result.Type, Types.Int) && !ri.IsBig)
            {
                // Accumulate in a C long while no overflow.
                var acc = ri.Value;
                RefCounts.DecRef(result);
                result = null!;
                while (true)
                {
                    var item = Abstract.IterNext(it);
                    if (item is null) return result = PyInt.From(acc);
                    if (item is PyInt ii && (ReferenceEquals(item.Type, Types.Int) || ReferenceEquals(item.Type, Types.Bool)) && !ii.IsBig)
                    {
                        var sum = unchecked(acc + ii.Value);
                        if (((acc ^ sum) & (ii.Value ^ sum)) >= 0)
                        {
                            acc = sum;
                            RefCounts.DecRef(item);
                            continue;
                        }
                    }
                    result = PyInt.From(acc);
                    var next = AddOrDrop(result, item);
                    result = next;
                    break;
                }
            }
            if (result is PyFloat rf && ReferenceEquals(result.Type, Types.Float))
            {
                var f = rf.Value;
                RefCounts.DecRef(result);
                result = null!;
                while (true)
                {
                    var item = Abstract.IterNext(it);
                    if (item is null) return result = PyFloat.From(f);
                    if (item is PyFloat fi && ReferenceEquals(item.Type, Types.Float))
                    {
                        f += fi.Value;
                        RefCounts.DecRef(item);
                        continue;
                    }
                    if (item is PyInt li && !li.IsBig)
                    {
                        f += li.Value;
                        RefCounts.DecRef(item);
                        continue;
                    }
                    result = PyFloat.From(f);
                    result = AddOrDrop(result, item);
                    break;
                }
            }
            while (Abstract.IterNext(it) is { } item) result = AddOrDrop(result, item);
            return result;
        }
        catch
        {
            if (result is not null) RefCounts.DecRef(result);
            throw;
        }
        finally
        {
            RefCounts.DecRef(it);
        }
    }

    /// <summary>result + item; releases both inputs (also on error, leaving nothing to release).</summary>
    private static PyObject AddOrDrop(PyObject result, PyObject item)
    {
        try
        {
            return Abstract.BinaryOp(result, item, 0);
        }
        finally
        {
            RefCounts.DecRef(result);
            RefCounts.DecRef(item);
        }
    }

    /// <summary>builtin_any: stops at the first true item.</summary>
    private static PyObject Any(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw) => AnyAll("any", args, kw, stopOn: true);

    /// <summary>builtin_all: stops at the first false item.</summary>
    private static PyObject All_(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw) => AnyAll("all", args, kw, stopOn: false);

    private static PyObject AnyAll(string name, ReadOnlySpan<PyObject> args, PyTuple? kw, bool stopOn)
    {
        NativeArgs.ExactlyOne(name, args, kw);
        var it = Abstract.GetIter(args[0]);
        using var heldIterator = Heap.Current.Hold(it); // the C local iterator while Python code runs
        try
        {
            while (Abstract.IterNext(it) is { } item)
            {
                bool truth;
                try
                {
                    truth = Abstract.IsTrue(item);
                }
                finally
                {
                    RefCounts.DecRef(item);
                }
                if (truth == stopOn) return PyBool.From(stopOn);
            }
            return PyBool.From(!stopOn);
        }
        finally
        {
            RefCounts.DecRef(it);
        }
    }
}
