using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>bytearray[i], bytearray[a:b:c], their assignment and deletion (bytearray_subscript, bytearray_ass_subscript).</summary>
public static class ByteArraySubscript
{
    public static PyObject GetItem(PyObject selfObj, PyObject index)
    {
        var self = (PyByteArray)selfObj;
        if (IndexArgs.IsIndex(index))
        {
            var i = IndexArgs.SubscriptIndex(index);
            if (i < 0) i += self.Count;
            if (i < 0 || i >= self.Count) throw Errors.IndexError("bytearray index out of range");
            return PyInt.From(self.Data[(int)i]);
        }
        if (index is PySlice slice)
        {
            var (start, stop, step) = slice.Unpack();
            var len = PySlice.AdjustIndices(self.Count, ref start, ref stop, step);
            if (len <= 0) return PyByteArray.From([]);
            if (step == 1) return PyByteArray.From(self.Data.Slice((int)start, (int)len));
            var result = new byte[len];
            var data = self.Data;
            for (long i = 0, cur = start; i < len; i++, cur += step) result[i] = data[(int)cur];
            return PyByteArray.From(result);
        }
        throw Errors.TypeError($"bytearray indices must be integers or slices, not {index.Type.Name}");
    }

    /// <summary>Models bytearray_ass_subscript (a null value deletes).</summary>
    public static void SetItem(PyObject selfObj, PyObject index, PyObject? values)
    {
        var self = (PyByteArray)selfObj;
        long start, stop, step, slicelen;
        if (IndexArgs.IsIndex(index))
        {
            var i = IndexArgs.SubscriptIndex(index);
            if (i < 0) i += self.Count;
            if (i < 0 || i >= self.Count) throw Errors.IndexError("bytearray index out of range");
            if (values is not null)
            {
                self.Set((int)i, ByteArrayInit.ByteValue(values));
                return;
            }
            (start, stop, step, slicelen) = (i, i + 1, 1, 1);
        }
        else if (index is PySlice slice)
        {
            (start, stop, step) = slice.Unpack();
            slicelen = PySlice.AdjustIndices(self.Count, ref start, ref stop, step);
        }
        else
        {
            throw Errors.TypeError($"bytearray indices must be integers or slices, not {index.Type.Name}");
        }
        if (values is not null && (ReferenceEquals(values, self) || values is not PyByteArray))
        {
            if (values is PyStr || IsNumber(values))
                throw Errors.TypeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
            // A copy made by calling bytearray(values), then assigned.
            var copy = Interpreter.Current.CallObject(Types.ByteArray, [values], null);
            try
            {
                SetItem(self, index, copy);
            }
            finally
            {
                RefCounts.DecRef(copy);
            }
            return;
        }
        var bytes = values is PyByteArray v ? v.ToArray() : [];
        // b[5:2] = ... inserts before 5.
        if ((step < 0 && start < stop) || (step > 0 && start > stop)) stop = start;
        if (step == 1)
        {
            self.SetSliceLinear((int)start, (int)stop, bytes);
            return;
        }
        if (bytes.Length == 0)
        {
            DeleteExtended(self, start, step, slicelen);
            return;
        }
        if (bytes.Length != slicelen)
            throw Errors.ValueError($"attempt to assign bytes of size {bytes.Length} to extended slice of size {slicelen}");
        for (long cur = start, i = 0; i < slicelen; cur += step, i++) self.Set((int)cur, bytes[i]);
    }

    /// <summary>PyNumber_Check: nb_index, nb_int or nb_float (an int, a float, a complex-like number).</summary>
    private static bool IsNumber(PyObject o) => o is PyInt or PyFloat || o.Type.Index is not null;

    /// <summary>Deletes an extended slice: the kept bytes close up, then PyByteArray_Resize to the new size.</summary>
    private static void DeleteExtended(PyByteArray self, long start, long step, long slicelen)
    {
        if (slicelen == 0) return;
        if (step < 0)
        {
            var newStop = start + 1;
            start = newStop + step * (slicelen - 1) - 1;
            step = -step;
        }
        var data = self.Data;
        var n = data.Length;
        var kept = new byte[n - slicelen];
        for (int src = 0, dst = 0; src < n; src++)
        {
            var removed = src >= start && (src - start) % step == 0 && (src - start) / step < slicelen;
            if (!removed) kept[dst++] = data[src];
        }
        kept.CopyTo(data);
        self.Resize(n - slicelen);
    }
}
