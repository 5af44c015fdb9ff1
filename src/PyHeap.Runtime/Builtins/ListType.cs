using System.Text;
using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>list (Objects/listobject.c): the type's slots; the methods are in <see cref="ListMethods"/>.</summary>
public static class ListType
{
    public static void Install()
    {
        var t = Types.List;
        t.Length = self => ((PyList)self).Count;
        t.Repr = Repr;
        t.GetItem = ListSubscript.GetItem;
        t.SetItem = ListSubscript.SetItem;
        t.Contains = (self, item) => ListOps.Contains((PyList)self, item);
        t.Iter = ListIterator.New;
        t.RichCompare = SequenceCompare.CompareLists;
        t.SeqConcat = (a, b) => b is PyList y
            ? ListOps.Concat((PyList)a, y)
            : throw Errors.TypeError($"can only concatenate list (not \"{b.Type.Name}\") to list");
        t.SeqRepeat = (a, n) => ListOps.Repeat((PyList)a, RepeatCount(n));
        t.SeqInPlaceConcat = (a, b) =>
        {
            ListOps.Extend((PyList)a, b);
            return RefCounts.NewRef(a);
        };
        t.SeqInPlaceRepeat = (a, n) =>
        {
            ListOps.InPlaceRepeat((PyList)a, RepeatCount(n));
            return RefCounts.NewRef(a);
        };
        t.Hash = ObjectMethods.HashNotImplemented;
        t.New = New;
        t.Init = ListMethods.Init;
        ListMethods.Install(t);
        ContainerDunders.Install(t);
        ContainerDunders.AddNew(t, genericNew: true);
        ListIterator.InstallMethods();
        ListReverseIterator.InstallMethods();
    }

    /// <summary>
    /// Models Objects/listobject.c: list_vectorcall (list() / list(iterable)); for a Python subclass, tp_new is
    /// PyType_GenericNew — an empty instance of the subclass, filled by tp_init (list___init__) afterwards.
    /// </summary>
    private static PyObject New(PyObject type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!ReferenceEquals(type, Types.List)) return PyList.NewSubtype((PyType)type);
        NativeArgs.NoKeywords("list", kwnames);
        if (args.Length > 1) throw Errors.TypeError($"list expected at most 1 argument, got {args.Length}");
        var list = PyList.NewGeneric();
        if (args.Length == 1)
        {
            try
            {
                using (Heap.Current.Hold(list)) ListOps.Extend(list, args[0]); // list_vectorcall's C local
            }
            catch
            {
                RefCounts.DecRef(list);
                throw;
            }
        }
        return list;
    }

    /// <summary>The sq_repeat count: PyNumber_AsSsize_t(n, PyExc_OverflowError) after the index check in sequence_repeat.</summary>
    internal static long RepeatCount(PyObject n)
    {
        if (!IndexArgs.IsIndex(n)) throw Errors.TypeError($"can't multiply sequence by non-int of type '{n.Type.Name}'");
        var i = Abstract.Index(n);
        try
        {
            if (!i.IsBig) return i.Value;
            throw Errors.OverflowError("cannot fit 'int' into an index-sized integer");
        }
        finally
        {
            RefCounts.DecRef(i);
        }
    }

    /// <summary>Models Objects/listobject.c: list_repr (Py_ReprEnter guards self-containing lists; the size is re-read each step).</summary>
    public static PyObject Repr(PyObject self)
    {
        var list = (PyList)self;
        if (list.Count == 0) return PyStr.From("[]");
        if (!ReprRecursion.Enter(list)) return PyStr.From("[...]");
        try
        {
            var sb = new StringBuilder("[");
            for (var i = 0; i < list.Count; i++)
            {
                if (i > 0) sb.Append(", ");
                sb.Append(Abstract.ReprString(list[i]));
            }
            sb.Append(']');
            return PyStr.From(sb.ToString());
        }
        finally
        {
            ReprRecursion.Leave(list);
        }
    }

    /// <summary><c>reversed(list)</c>: a list_reverseiterator (list.__reversed__) — for the reversed() builtin.</summary>
    public static PyObject Reversed(PyList list) => ListReverseIterator.New(list);
}
