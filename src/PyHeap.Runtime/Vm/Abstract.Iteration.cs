using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;

namespace PyHeap.Runtime.Vm;

public static partial class Abstract
{
    /// <summary>PyObject_GetIter (tp_iter, else the sequence protocol through __getitem__).</summary>
    public static PyObject GetIter(PyObject o)
    {
        if (o.Type.Iter is { } iter)
        {
            var it = iter(o);
            if (it.Type.IterNext is null)
            {
                var name = it.Type.Name;
                RefCounts.DecRef(it);
                throw Errors.TypeError($"iter() returned non-iterator of type '{name}'");
            }
            return it;
        }
        if (o.Type.GetItem is not null && o is not PyDict) return Builtins.SequenceIterator.New(o);
        throw Errors.TypeError($"'{o.Type.Name}' object is not iterable");
    }

    /// <summary>PyIter_Next: the next item (new reference) or null when exhausted.</summary>
    public static PyObject? IterNext(PyObject iterator)
    {
        var next = iterator.Type.IterNext ?? throw Errors.TypeError($"'{iterator.Type.Name}' object is not an iterator");
        return next(iterator);
    }

    /// <summary>All items of an iterable as new references.</summary>
    public static List<PyObject> ToList(PyObject iterable)
    {
        var result = new List<PyObject>();
        if (iterable is PyTuple t && iterable.Type == Types.Tuple)
        {
            foreach (var item in t.Items)
            {
                RefCounts.IncRef(item);
                result.Add(item);
            }
            return result;
        }
        if (iterable is PyList l && iterable.Type == Types.List)
        {
            foreach (var item in l.Items)
            {
                RefCounts.IncRef(item);
                result.Add(item);
            }
            return result;
        }
        var it = GetIter(iterable);
        try
        {
            while (IterNext(it) is { } item) result.Add(item);
        }
        catch
        {
            foreach (var r in result) RefCounts.DecRef(r);
            throw;
        }
        finally
        {
            RefCounts.DecRef(it);
        }
        return result;
    }

    /// <summary>PySequence_Tuple.</summary>
    public static PyTuple SequenceTuple(PyObject iterable)
    {
        if (iterable is PyTuple t && iterable.Type == Types.Tuple)
        {
            RefCounts.IncRef(t);
            return t;
        }
        return PyTuple.Steal(ToList(iterable).ToArray());
    }
}
