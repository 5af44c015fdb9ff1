using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>Shared list operations used by the VM (LIST_EXTEND), list methods and other builtins.</summary>
public static class ListOps
{
    /// <summary>
    /// Models Objects/listobject.c: list_extend — exact lists and tuples (and the list itself) are copied in one
    /// step (preallocating exactly when ob_item is NULL); anything else is iterated after sizing the list from
    /// its length hint, and the over-estimate is cut back at the end.
    /// </summary>
    public static void Extend(PyList list, PyObject iterable)
    {
        if (iterable.Type == Types.List || iterable.Type == Types.Tuple || ReferenceEquals(iterable, list))
        {
            ExtendFast(list, iterable);
            return;
        }
        var it = Abstract.GetIter(iterable);
        using var held = Heap.Current.Hold(it); // list_extend's C local while Python code runs in next()
        try
        {
            var n = LengthHint(iterable, 8);
            var m = list.Count;
            if (!list.HasBuffer)
            {
                if (n > 0) list.PreallocateExact((int)Math.Min(n, int.MaxValue - 1));
            }
            else if (n > 0)
            {
                list.Resize((int)Math.Min(m + n, int.MaxValue - 8));
                list.SetCount(m);
            }
            var next = it.Type.IterNext ?? throw Errors.TypeError($"'{it.Type.Name}' object is not an iterator");
            while (next(it) is { } item)
            {
                var count = list.Count;
                if (count < list.Capacity)
                {
                    list.SetSlot(count, item);
                    list.SetCount(count + 1);
                }
                else
                {
                    list.AppendSteal(item);
                }
            }
            if (list.Count < list.Capacity) list.Resize(list.Count);
        }
        finally
        {
            RefCounts.DecRef(it);
        }
    }

    private static void ExtendFast(PyList list, PyObject iterable)
    {
        // PySequence_Fast: an exact tuple or list is used as is; the list itself is read after the resize.
        var n = iterable is PyTuple t ? t.Count : ((PyList)iterable).Count;
        if (n == 0) return;
        var m = list.Count;
        if (!list.HasBuffer)
        {
            list.PreallocateExact(n);
            list.SetCount(n);
        }
        else
        {
            list.Resize(m + n);
        }
        ReadOnlySpan<PyObject> src = iterable is PyTuple tt ? tt.Items : ((PyList)iterable).Items;
        for (var i = 0; i < n; i++)
        {
            var o = src[i];
            RefCounts.IncRef(o);
            list.SetSlot(m + i, o);
        }
    }

    /// <summary>
    /// Models Objects/abstract.c: PyObject_LengthHint — len() if the object has one (a TypeError from it is
    /// ignored), else <c>__length_hint__</c> (NotImplemented or missing gives <paramref name="defaultValue"/>).
    /// </summary>
    public static long LengthHint(PyObject o, long defaultValue)
    {
        switch (o)
        {
            case ListIterator li: return li.LengthHint();
            case ListReverseIterator lr: return lr.LengthHint();
            case TupleIterator ti: return ti.LengthHint();
            case RangeIterator ri: return ri.Remaining;
        }
        if (o.Type.Length is { } len)
        {
            try
            {
                return len(o);
            }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.TypeError))
            {
                RefCounts.DecRef(e.Value);
            }
        }
        var hint = Abstract.LookupSpecial(o, "__length_hint__");
        if (hint is null) return defaultValue;
        PyObject result;
        try
        {
            result = Interpreter.Current.CallObject(hint, [], null);
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.TypeError))
        {
            RefCounts.DecRef(e.Value);
            return defaultValue;
        }
        finally
        {
            RefCounts.DecRef(hint);
        }
        try
        {
            if (ReferenceEquals(result, PySingleton.NotImplemented)) return defaultValue;
            if (result is not PyInt)
                throw Errors.TypeError($"__length_hint__ must be an integer, not {result.Type.Name}");
            var value = Abstract.AsIndex(result);
            if (value < 0) throw Errors.ValueError("__length_hint__() should return >= 0");
            return value;
        }
        finally
        {
            RefCounts.DecRef(result);
        }
    }

    /// <summary>PySequence_List: a new list from any iterable (list_extend on an empty list) — what sorted() starts from.</summary>
    public static PyList SequenceList(PyObject iterable)
    {
        var list = PyList.New();
        try
        {
            Extend(list, iterable);
        }
        catch
        {
            RefCounts.DecRef(list);
            throw;
        }
        return list;
    }

    /// <summary>Models Objects/listobject.c: list_contains (each item held while it is compared).</summary>
    public static bool Contains(PyList list, PyObject value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            var item = list[i];
            if (EqualHeld(item, value)) return true;
        }
        return false;
    }

    /// <summary>PyObject_RichCompareBool(item, value, Py_EQ) with the item increfed around the call, as listobject.c does.</summary>
    internal static bool EqualHeld(PyObject item, PyObject value)
    {
        if (ReferenceEquals(item, value)) return true;
        RefCounts.IncRef(item);
        try
        {
            return Abstract.RichCompareBool(item, value, CompareOp.Eq);
        }
        finally
        {
            RefCounts.DecRef(item);
        }
    }

    /// <summary>Models Objects/listobject.c: list_repeat — exact allocation.</summary>
    public static PyList Repeat(PyList a, long n)
    {
        if (n < 0) n = 0;
        var count = a.Count;
        if (n > 0 && count > int.MaxValue / n) throw Errors.NoArgs(ExceptionTypes.MemoryError);
        var size = (int)(count * n);
        if (size == 0) return PyList.New();
        var np = PyList.NewPrealloc(size);
        var src = a.Items;
        var p = 0;
        for (long r = 0; r < n; r++)
        {
            for (var j = 0; j < count; j++)
            {
                var o = src[j];
                RefCounts.IncRef(o);
                np.SetSlot(p++, o);
            }
        }
        np.SetCount(size);
        return np;
    }

    /// <summary>Models Objects/listobject.c: list_inplace_repeat.</summary>
    public static void InPlaceRepeat(PyList self, long n)
    {
        var size = self.Count;
        if (size == 0 || n == 1) return;
        if (n < 1)
        {
            self.Clear();
            return;
        }
        if (size > int.MaxValue / n) throw Errors.NoArgs(ExceptionTypes.MemoryError);
        self.Resize((int)(size * n));
        var p = size;
        var items = self.Items;
        for (long i = 1; i < n; i++)
        {
            for (var j = 0; j < size; j++)
            {
                var o = items[j];
                RefCounts.IncRef(o);
                items[p++] = o;
            }
        }
    }

    /// <summary>Models Objects/listobject.c: list_concat — exact allocation.</summary>
    public static PyList Concat(PyList a, PyList b)
    {
        var size = a.Count + b.Count;
        if (size == 0) return PyList.New();
        var np = PyList.NewPrealloc(size);
        var p = 0;
        foreach (var o in a.Items)
        {
            RefCounts.IncRef(o);
            np.SetSlot(p++, o);
        }
        foreach (var o in b.Items)
        {
            RefCounts.IncRef(o);
            np.SetSlot(p++, o);
        }
        np.SetCount(size);
        return np;
    }

    /// <summary>Models Objects/listobject.c: list_slice — a new list of items [low, high) (already clamped), exact size.</summary>
    public static PyList Slice(PyList a, long low, long high)
    {
        var len = (int)(high - low);
        if (len <= 0) return PyList.New();
        var np = PyList.NewPrealloc(len);
        var src = a.Items;
        for (var i = 0; i < len; i++)
        {
            var o = src[(int)low + i];
            RefCounts.IncRef(o);
            np.SetSlot(i, o);
        }
        np.SetCount(len);
        return np;
    }
}
