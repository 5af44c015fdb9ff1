using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>list[i], list[a:b:c], their assignment and deletion (Objects/listobject.c: list_subscript, list_ass_subscript).</summary>
public static class ListSubscript
{
    /// <summary>Models Objects/listobject.c: list_subscript.</summary>
    public static PyObject GetItem(PyObject self, PyObject item)
    {
        var list = (PyList)self;
        if (item is PyInt { IsBig: false } fast)
        {
            var i = fast.Value;
            if (i < 0) i += list.Count;
            if ((ulong)i >= (ulong)list.Count) throw Errors.IndexError("list index out of range");
            return RefCounts.NewRef(list[(int)i]);
        }
        if (IndexArgs.IsIndex(item))
        {
            var i = IndexArgs.SubscriptIndex(item);
            if (i < 0) i += list.Count;
            if ((ulong)i >= (ulong)list.Count) throw Errors.IndexError("list index out of range");
            return RefCounts.NewRef(list[(int)i]);
        }
        if (item is PySlice slice)
        {
            var (start, stop, step) = slice.Unpack();
            var len = PySlice.AdjustIndices(list.Count, ref start, ref stop, step);
            if (len <= 0) return PyList.New();
            if (step == 1) return ListOps.Slice(list, start, stop);
            var result = PyList.NewPrealloc((int)len);
            var src = list.Items;
            var cur = start;
            for (var i = 0; i < len; i++, cur += step)
            {
                var o = src[(int)cur];
                RefCounts.IncRef(o);
                result.SetSlot(i, o);
            }
            result.SetCount((int)len);
            return result;
        }
        throw Errors.TypeError($"list indices must be integers or slices, not {item.Type.Name}");
    }

    /// <summary>Models Objects/listobject.c: list_ass_subscript (a null value deletes).</summary>
    public static void SetItem(PyObject self, PyObject item, PyObject? value)
    {
        var list = (PyList)self;
        if (IndexArgs.IsIndex(item))
        {
            var i = item is PyInt { IsBig: false } fast ? fast.Value : IndexArgs.SubscriptIndex(item);
            if (i < 0) i += list.Count;
            AssignItem(list, i, value);
            return;
        }
        if (item is not PySlice slice)
            throw Errors.TypeError($"list indices must be integers or slices, not {item.Type.Name}");
        var (start, stop, step) = slice.Unpack();
        var slicelength = PySlice.AdjustIndices(list.Count, ref start, ref stop, step);
        if (step == 1)
        {
            AssignSlice(list, start, stop, value);
            return;
        }
        if ((step < 0 && start < stop) || (step > 0 && start > stop)) stop = start;
        if (value is null) DeleteExtended(list, start, stop, step, slicelength);
        else AssignExtended(list, start, step, slicelength, value);
    }

    /// <summary>Models Objects/listobject.c: list_ass_item.</summary>
    public static void AssignItem(PyList list, long i, PyObject? value)
    {
        if ((ulong)i >= (ulong)list.Count) throw Errors.IndexError("list assignment index out of range");
        if (value is null) list.ReplaceSlice(i, i + 1, []);
        else list.SetItem((int)i, value);
    }

    /// <summary>Models Objects/listobject.c: list_ass_slice with its argument handling (PySequence_Fast, a[i:j] = a).</summary>
    public static void AssignSlice(PyList list, long low, long high, PyObject? value)
    {
        if (value is null)
        {
            list.ReplaceSlice(low, high, []);
            return;
        }
        if (ReferenceEquals(value, list))
        {
            var copy = ListOps.Slice(list, 0, list.Count);
            try
            {
                AssignSlice(list, low, high, copy);
            }
            finally
            {
                RefCounts.DecRef(copy);
            }
            return;
        }
        var seq = SequenceFast(value, "can only assign an iterable");
        try
        {
            using (Heap.Current.Hold(seq)) list.ReplaceSlice(low, high, FastItems(seq)); // list_ass_slice's v_as_SF
        }
        finally
        {
            RefCounts.DecRef(seq);
        }
    }

    private static void DeleteExtended(PyList list, long start, long stop, long step, long slicelength)
    {
        if (slicelength <= 0) return;
        if (step < 0)
        {
            stop = start + 1;
            start = stop + step * (slicelength - 1) - 1;
            step = -step;
        }
        var garbage = new PyObject[slicelength];
        var items = list.Items;
        var n = items.Length;
        var w = (int)start;
        var g = 0;
        var next = start;
        for (var r = (int)start; r < n; r++)
        {
            if (g < slicelength && r == next)
            {
                garbage[g++] = items[r];
                next += step;
            }
            else
            {
                items[w++] = items[r];
            }
        }
        items[w..].Clear();
        list.SetCount(w);
        list.Resize(w);
        // list_ass_subscript releases the deleted items first to last.
        Heap.Current.ReleaseDetached(garbage!, garbage.Length, lastFirst: false);
    }

    private static void AssignExtended(PyList list, long start, long step, long slicelength, PyObject value)
    {
        var seq = ReferenceEquals(value, list)
            ? ListOps.Slice(list, 0, list.Count)
            : SequenceFast(value, "must assign iterable to extended slice");
        try
        {
            var src = FastItems(seq);
            if (src.Length != slicelength)
                throw Errors.ValueError($"attempt to assign sequence of size {src.Length} to extended slice of size {slicelength}");
            if (slicelength == 0) return;
            var garbage = new PyObject[slicelength];
            var items = list.Items;
            var cur = start;
            for (var i = 0; i < slicelength; i++, cur += step)
            {
                garbage[i] = items[(int)cur];
                RefCounts.IncRef(src[i]);
                items[(int)cur] = src[i];
            }
            using (Heap.Current.Hold(seq)) Heap.Current.ReleaseDetached(garbage!, garbage.Length, lastFirst: false);
        }
        finally
        {
            RefCounts.DecRef(seq);
        }
    }

    /// <summary>Models Objects/abstract.c: PySequence_Fast — an exact list or tuple as is, else a new list (PySequence_List).</summary>
    public static PyObject SequenceFast(PyObject v, string message)
    {
        if (v.Type == Types.List || v.Type == Types.Tuple) return RefCounts.NewRef(v);
        PyObject it;
        try
        {
            it = Abstract.GetIter(v);
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.TypeError))
        {
            RefCounts.DecRef(e.Value);
            throw Errors.TypeError(message);
        }
        try
        {
            return ListOps.SequenceList(it);
        }
        finally
        {
            RefCounts.DecRef(it);
        }
    }

    /// <summary>PySequence_Fast_ITEMS.</summary>
    public static ReadOnlySpan<PyObject> FastItems(PyObject seq) => seq is PyTuple t ? t.Items : ((PyList)seq).Items;
}
