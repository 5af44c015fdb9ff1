using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>Argument Clinic converters for index-like arguments of sequence methods.</summary>
public static class IndexArgs
{
    /// <summary>The Py_ssize_t converter: __index__, OverflowError when it does not fit.</summary>
    public static long AsSsize(PyObject o)
    {
        var i = Abstract.Index(o);
        try
        {
            if (i.IsBig) throw Errors.OverflowError("Python int too large to convert to C ssize_t");
            return i.Value;
        }
        finally
        {
            RefCounts.DecRef(i);
        }
    }

    /// <summary>The slice_index(accept={int}) converter (_PyEval_SliceIndexNotNone): clipped, None rejected.</summary>
    public static long SliceIndexNotNone(PyObject o)
    {
        if (o is not PyInt && o.Type.Index is null)
            throw Errors.TypeError("slice indices must be integers or have an __index__ method");
        return PySlice.SliceIndex(o);
    }

    /// <summary>_PyIndex_Check: the object has nb_index.</summary>
    public static bool IsIndex(PyObject o) => o is PyInt || o.Type.Index is not null;

    /// <summary>PyNumber_AsSsize_t(item, PyExc_IndexError) as subscripts use it.</summary>
    public static long SubscriptIndex(PyObject o)
    {
        var i = Abstract.Index(o);
        try
        {
            if (i.IsBig) throw Errors.IndexError("cannot fit 'int' into an index-sized integer");
            return i.Value;
        }
        finally
        {
            RefCounts.DecRef(i);
        }
    }
}
