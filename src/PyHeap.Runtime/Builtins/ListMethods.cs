using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>The Python-visible methods of list (Objects/listobject.c: list_methods), with Argument Clinic's messages.</summary>
internal static class ListMethods
{
    public static void Install(PyType t)
    {
        TypeDicts.AddMethod(t, "__getitem__", (self, args, kw) =>
        {
            NativeArgs.ExactlyOne("list.__getitem__", args, kw);
            return ListSubscript.GetItem(self, args[0]);
        });
        TypeDicts.AddMethod(t, "__reversed__", (self, args, kw) =>
        {
            NativeArgs.None("list.__reversed__", args, kw);
            return ListReverseIterator.New((PyList)self);
        });
        TypeDicts.AddMethod(t, "__sizeof__", (self, args, kw) =>
        {
            NativeArgs.None("list.__sizeof__", args, kw);
            return PyInt.From(self.SizeOf());
        });
        TypeDicts.AddMethod(t, "clear", (self, args, kw) =>
        {
            NativeArgs.None("list.clear", args, kw);
            ((PyList)self).Clear();
            return PyNone.None;
        });
        TypeDicts.AddMethod(t, "copy", (self, args, kw) =>
        {
            NativeArgs.None("list.copy", args, kw);
            var list = (PyList)self;
            return ListOps.Slice(list, 0, list.Count);
        });
        TypeDicts.AddMethod(t, "append", (self, args, kw) =>
        {
            NativeArgs.ExactlyOne("list.append", args, kw);
            ((PyList)self).Append(args[0]);
            return PyNone.None;
        });
        TypeDicts.AddMethod(t, "insert", (self, args, kw) =>
        {
            NativeArgs.NoKeywords("list.insert", kw);
            NativeArgs.Range("insert", args, kw, 2, 2);
            var index = IndexArgs.AsSsize(args[0]);
            ((PyList)self).Insert(index, args[1]);
            return PyNone.None;
        });
        TypeDicts.AddMethod(t, "extend", (self, args, kw) =>
        {
            NativeArgs.ExactlyOne("list.extend", args, kw);
            ListOps.Extend((PyList)self, args[0]);
            return PyNone.None;
        });
        TypeDicts.AddMethod(t, "pop", Pop);
        TypeDicts.AddMethod(t, "remove", Remove);
        TypeDicts.AddMethod(t, "index", Index);
        TypeDicts.AddMethod(t, "count", Count);
        TypeDicts.AddMethod(t, "reverse", (self, args, kw) =>
        {
            NativeArgs.None("list.reverse", args, kw);
            ((PyList)self).Reverse();
            return PyNone.None;
        });
        TypeDicts.AddMethod(t, "sort", Sort);
    }

    /// <summary>Models Objects/listobject.c: list___init___impl — clears, then extends.</summary>
    internal static PyObject Init(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        NativeArgs.NoKeywords("list", kwnames);
        if (args.Length > 1) throw Errors.TypeError($"list expected at most 1 argument, got {args.Length}");
        var list = (PyList)self;
        list.Clear();
        if (args.Length == 1) ListOps.Extend(list, args[0]);
        return PyNone.None;
    }

    /// <summary>Models Objects/listobject.c: list_pop_impl.</summary>
    private static PyObject Pop(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        NativeArgs.NoKeywords("list.pop", kwnames);
        NativeArgs.Range("pop", args, kwnames, 0, 1);
        var index = args.Length > 0 ? IndexArgs.AsSsize(args[0]) : -1;
        var list = (PyList)self;
        if (list.Count == 0) throw Errors.IndexError("pop from empty list");
        if (index < 0) index += list.Count;
        if ((ulong)index >= (ulong)list.Count) throw Errors.IndexError("pop index out of range");
        return list.RemoveAtSteal((int)index);
    }

    /// <summary>Models Objects/listobject.c: list_remove.</summary>
    private static PyObject Remove(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        NativeArgs.ExactlyOne("list.remove", args, kwnames);
        var list = (PyList)self;
        var value = args[0];
        for (var i = 0; i < list.Count; i++)
        {
            if (ListOps.EqualHeld(list[i], value))
            {
                list.ReplaceSlice(i, i + 1, []);
                return PyNone.None;
            }
        }
        throw Errors.ValueError("list.remove(x): x not in list");
    }

    /// <summary>Models Objects/listobject.c: list_index_impl.</summary>
    private static PyObject Index(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        NativeArgs.NoKeywords("list.index", kwnames);
        NativeArgs.Range("index", args, kwnames, 1, 3);
        var list = (PyList)self;
        var value = args[0];
        var start = args.Length > 1 ? IndexArgs.SliceIndexNotNone(args[1]) : 0;
        var stop = args.Length > 2 ? IndexArgs.SliceIndexNotNone(args[2]) : long.MaxValue;
        if (start < 0)
        {
            start += list.Count;
            if (start < 0) start = 0;
        }
        if (stop < 0)
        {
            stop += list.Count;
            if (stop < 0) stop = 0;
        }
        for (var i = start; i < stop && i < list.Count; i++)
            if (ListOps.EqualHeld(list[(int)i], value)) return PyInt.From(i);
        throw Errors.ValueError($"{Abstract.ReprString(value)} is not in list");
    }

    /// <summary>Models Objects/listobject.c: list_count (identity counts without comparing).</summary>
    private static PyObject Count(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        NativeArgs.ExactlyOne("list.count", args, kwnames);
        var list = (PyList)self;
        var value = args[0];
        long count = 0;
        for (var i = 0; i < list.Count; i++)
            if (ListOps.EqualHeld(list[i], value)) count++;
        return PyInt.From(count);
    }

    /// <summary>list.sort(*, key=None, reverse=False).</summary>
    private static PyObject Sort(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var (positional, keywords) = NativeArgs.Split(args, kwnames);
        if (args.Length > 2) throw Errors.TypeError($"sort() takes at most 2 {(positional.Length == 0 ? "keyword " : "")}arguments ({args.Length} given)");
        if (positional.Length > 0) throw Errors.TypeError("sort() takes no positional arguments");
        NativeArgs.CheckKeywords("sort", keywords, "key", "reverse");
        if (keywords.Count > 0) KeywordParsers.Touch("list.sort", ["key", "reverse"]);
        keywords.TryGetValue("key", out var key);
        var reverse = keywords.TryGetValue("reverse", out var r) && ReverseFlag(r);
        ListSort.Sort((PyList)self, key, reverse);
        return PyNone.None;
    }

    /// <summary>The bool(accept={int}) converter: an int's truth (PyLong_AsLong != 0).</summary>
    internal static bool ReverseFlag(PyObject o)
    {
        if (o is PyInt i) return !i.IsBig ? i.Value != 0 : true;
        if (o.Type == Types.Float) throw Errors.TypeError("'float' object cannot be interpreted as an integer");
        return IndexArgs.AsSsize(o) != 0;
    }
}
