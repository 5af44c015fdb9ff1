using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>The set-like behaviour of dict_keys and dict_items (Objects/dictobject.c: dictviews_*).</summary>
internal static class DictViewOps
{
    /// <summary>Models dictitems_contains: a 2-tuple whose key maps to an equal value.</summary>
    public static bool ItemsContains(DictView dv, PyObject obj)
    {
        if (obj is not PyTuple t || t.Count != 2) return false;
        var found = dv.Dict.GetItemOrNull(t.Items[0]);
        if (found is null) return false;
        RefCounts.IncRef(found);
        try
        {
            return Abstract.RichCompareBool(found, t.Items[1], CompareOp.Eq);
        }
        finally
        {
            RefCounts.DecRef(found);
        }
    }

    /// <summary>Models all_contained_in: every item of self is in other.</summary>
    private static bool AllContainedIn(PyObject self, PyObject other)
    {
        var it = Abstract.GetIter(self);
        using var heldIterator = Heap.Current.Hold(it); // the C local iterator while Python code runs
        try
        {
            while (Abstract.IterNext(it) is { } next)
            {
                try
                {
                    if (!Abstract.Contains(other, next)) return false;
                }
                finally
                {
                    RefCounts.DecRef(next);
                }
            }
            return true;
        }
        finally
        {
            RefCounts.DecRef(it);
        }
    }

    /// <summary>Models dictview_richcompare.</summary>
    public static PyObject RichCompare(PyObject self, PyObject other, CompareOp op)
    {
        if (other is not PySet && !DictView.IsSetLike(other)) return PySingleton.NotImplemented;
        var lenSelf = Abstract.Length(self);
        var lenOther = Abstract.Length(other);
        var ok = op switch
        {
            CompareOp.Eq => lenSelf == lenOther && AllContainedIn(self, other),
            CompareOp.Ne => !(lenSelf == lenOther && AllContainedIn(self, other)),
            CompareOp.Lt => lenSelf < lenOther && AllContainedIn(self, other),
            CompareOp.Le => lenSelf <= lenOther && AllContainedIn(self, other),
            CompareOp.Gt => lenSelf > lenOther && AllContainedIn(other, self),
            CompareOp.Ge => lenSelf >= lenOther && AllContainedIn(other, self),
            _ => false,
        };
        return PyBool.From(ok);
    }

    /// <summary>Models dictviews_to_set: a keys view of an exact dict starts from the dict (PySet_New's dict fast path).</summary>
    private static PySet ToSet(PyObject self)
    {
        var left = self;
        if (self is DictView { Kind: DictViewKind.Keys } dv && dv.Dict.Type == Types.Dict) left = dv.Dict;
        return PySet.FromIterable(Types.Set, left);
    }

    private static PyObject CallMethodOnResult(PySet result, string name, PyObject other)
    {
        try
        {
            var r = Interpreter.Current.CallMethod(result, name, [other]);
            RefCounts.DecRef(r);
        }
        catch
        {
            RefCounts.DecRef(result);
            throw;
        }
        return result;
    }

    /// <summary>Models dictviews_sub.</summary>
    public static PyObject Sub(PyObject self, PyObject other) => CallMethodOnResult(ToSet(self), "difference_update", other);

    /// <summary>Models dictviews_or.</summary>
    public static PyObject Or(PyObject self, PyObject other)
    {
        var result = ToSet(self);
        try
        {
            result.UpdateFrom(other);
        }
        catch
        {
            RefCounts.DecRef(result);
            throw;
        }
        return result;
    }

    /// <summary>Models dictviews_xor (items ^ items has its own algorithm).</summary>
    public static PyObject Xor(PyObject self, PyObject other)
    {
        if (self is DictView { Kind: DictViewKind.Items } a && other is DictView { Kind: DictViewKind.Items } b)
            return ItemsXor(a, b);
        return CallMethodOnResult(ToSet(self), "symmetric_difference_update", other);
    }

    /// <summary>Models _PyDictView_Intersect.</summary>
    public static PyObject Intersect(PyObject self, PyObject other)
    {
        if (!DictView.IsSetLike(self)) (self, other) = (other, self);
        var lenSelf = ((DictView)self).Dict.Count;
        if (other.Type == Types.Set && lenSelf <= Abstract.Length(other))
            return Interpreter.Current.CallMethod(other, "intersection", [self]);
        if (DictView.IsSetLike(other) && ((DictView)other).Dict.Count > lenSelf) (self, other) = (other, self);
        var view = (DictView)self;
        var result = PySet.New(Types.Set);
        try
        {
            var it = Abstract.GetIter(other);
            using var heldIterator = Heap.Current.Hold(it); // the C local iterator while Python code runs
            try
            {
                while (Abstract.IterNext(it) is { } key)
                {
                    try
                    {
                        var has = view.Kind == DictViewKind.Keys ? view.Dict.ContainsKey(key) : ItemsContains(view, key);
                        if (has) result.Add(key);
                    }
                    finally
                    {
                        RefCounts.DecRef(key);
                    }
                }
            }
            finally
            {
                RefCounts.DecRef(it);
            }
        }
        catch
        {
            RefCounts.DecRef(result);
            throw;
        }
        return result;
    }

    /// <summary>Models dictitems_xor: pairs of d2 not equal in a copy of d1, then what remains of the copy.</summary>
    private static PyObject ItemsXor(DictView self, DictView other)
    {
        var tempDict = self.Dict.Copy();
        var resultSet = PySet.New(Types.Set);
        try
        {
            var d2 = other.Dict;
            var pos = 0;
            while (d2.Next(ref pos, out var key, out var val2, out var hash))
            {
                RefCounts.IncRef(key);
                RefCounts.IncRef(val2);
                PyObject? val1 = null;
                try
                {
                    val1 = tempDict.GetItemKnownHash(key, hash);
                    bool toDelete;
                    if (val1 is null)
                    {
                        toDelete = false;
                    }
                    else
                    {
                        RefCounts.IncRef(val1);
                        toDelete = Abstract.RichCompareBool(val1, val2, CompareOp.Eq);
                    }
                    if (toDelete)
                    {
                        tempDict.DelItemKnownHash(key, hash);
                    }
                    else
                    {
                        var pair = PyTuple.Pack(key, val2);
                        try
                        {
                            resultSet.Add(pair);
                        }
                        finally
                        {
                            RefCounts.DecRef(pair);
                        }
                    }
                }
                finally
                {
                    RefCounts.DecRef(key);
                    RefCounts.XDecRef(val1);
                    RefCounts.DecRef(val2);
                }
            }
            var remaining = DictView.New(tempDict, DictViewKind.Items);
            try
            {
                resultSet.UpdateFrom(remaining);
            }
            finally
            {
                RefCounts.DecRef(tempDict);
                tempDict = null;
                RefCounts.DecRef(remaining);
            }
        }
        catch
        {
            RefCounts.XDecRef(tempDict);
            RefCounts.DecRef(resultSet);
            throw;
        }
        return resultSet;
    }

    /// <summary>Models dictviews_isdisjoint.</summary>
    public static bool IsDisjoint(PyObject self, PyObject other)
    {
        if (ReferenceEquals(self, other)) return ((DictView)self).Dict.Count == 0;
        if (other is PySet || DictView.IsSetLike(other))
        {
            var lenSelf = ((DictView)self).Dict.Count;
            var lenOther = Abstract.Length(other);
            if (lenOther > lenSelf) (self, other) = (other, self);
        }
        var it = Abstract.GetIter(other);
        using var heldIterator = Heap.Current.Hold(it); // the C local iterator while Python code runs
        try
        {
            while (Abstract.IterNext(it) is { } item)
            {
                try
                {
                    if (Abstract.Contains(self, item)) return false;
                }
                finally
                {
                    RefCounts.DecRef(item);
                }
            }
            return true;
        }
        finally
        {
            RefCounts.DecRef(it);
        }
    }
}
