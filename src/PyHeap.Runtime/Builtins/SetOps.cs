using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>The set algebra of Objects/setobject.c (shared by the methods, the operators and dict views).</summary>
public static class SetOps
{
    /// <summary>SET_UPDATE / set.update: set_update_internal.</summary>
    public static void Update(PySet set, PyObject iterable) => set.UpdateFrom(iterable);

    /// <summary>PyAnySet_Check.</summary>
    public static bool IsAnySet(PyObject o) => o is PySet;

    /// <summary>make_new_set_basetype: a set or frozenset (never a subclass) of the same family.</summary>
    public static PySet NewBaseType(PyType type, PyObject? iterable) =>
        PySet.FromIterable(type.IsSubtypeOf(Types.Set) ? Types.Set : Types.FrozenSet, iterable);

    /// <summary>set_copy.</summary>
    public static PySet Copy(PySet so) => NewBaseType(so.Type, so);

    /// <summary>PyObject_Hash of a key, retried as a frozenset when the key is an unhashable set (set_contains, set_remove, set_discard).</summary>
    private static T WithFrozenRetry<T>(PySet so, PyObject key, Func<PySet, PyObject, long, T> op)
    {
        long hash;
        try
        {
            hash = PySet.HashOf(key);
        }
        catch (PyException e) when (key is PySet && key.Type.IsSubtypeOf(Types.Set) && e.Value.Type.IsSubtypeOf(ExceptionTypes.TypeError))
        {
            RefCounts.DecRef(e.Value);
            var tmp = PySet.FromIterable(Types.FrozenSet, key);
            try
            {
                return op(so, tmp, tmp.FrozenHash());
            }
            finally
            {
                RefCounts.DecRef(tmp);
            }
        }
        return op(so, key, hash);
    }

    /// <summary>Models set_contains.</summary>
    public static bool Contains(PySet so, PyObject key) => WithFrozenRetry(so, key, (s, k, h) => s.ContainsEntry(k, h));

    /// <summary>Models set_discard.</summary>
    public static void Discard(PySet so, PyObject key) => WithFrozenRetry(so, key, (s, k, h) => s.DiscardEntry(k, h));

    /// <summary>Models set_remove: KeyError(key) when missing.</summary>
    public static void Remove(PySet so, PyObject key)
    {
        if (!WithFrozenRetry(so, key, (s, k, h) => s.DiscardEntry(k, h))) throw Errors.KeyError(key);
    }

    /// <summary>Models set_union (method): a copy updated with each argument except the set itself.</summary>
    public static PySet Union(PySet so, ReadOnlySpan<PyObject> others)
    {
        var result = Copy(so);
        try
        {
            foreach (var other in others)
            {
                if (ReferenceEquals(other, so)) continue;
                result.UpdateFrom(other);
            }
        }
        catch
        {
            RefCounts.DecRef(result);
            throw;
        }
        return result;
    }

    /// <summary>Models set_intersection.</summary>
    public static PySet Intersection(PySet so, PyObject other)
    {
        if (ReferenceEquals(so, other)) return Copy(so);
        var result = NewBaseType(so.Type, null);
        try
        {
            if (other is PySet os)
            {
                var big = so;
                var small = os;
                if (os.Count > so.Count)
                {
                    big = os;
                    small = so;
                }
                var pos = 0;
                while (small.NextEntry(ref pos, out var key, out var hash))
                {
                    RefCounts.IncRef(key);
                    try
                    {
                        if (big.ContainsEntry(key, hash)) result.AddEntry(key, hash);
                    }
                    finally
                    {
                        RefCounts.DecRef(key);
                    }
                }
                return result;
            }
            var it = Abstract.GetIter(other);
            using var heldIterator = Heap.Current.Hold(it); // the C local iterator while Python code runs
            try
            {
                while (Abstract.IterNext(it) is { } key)
                {
                    try
                    {
                        var hash = PySet.HashOf(key);
                        if (so.ContainsEntry(key, hash))
                        {
                            result.AddEntry(key, hash);
                            if (result.Count >= so.Count) break;
                        }
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
            return result;
        }
        catch
        {
            RefCounts.DecRef(result);
            throw;
        }
    }

    /// <summary>Models set_intersection_multi.</summary>
    public static PySet IntersectionMulti(PySet so, ReadOnlySpan<PyObject> others)
    {
        if (others.Length == 0) return Copy(so);
        PySet result = RefCounts.NewRef(so);
        foreach (var other in others)
        {
            PySet next;
            try
            {
                next = Intersection(result, other);
            }
            catch
            {
                RefCounts.DecRef(result);
                throw;
            }
            var old = result;
            result = next;
            RefCounts.DecRef(old);
        }
        return result;
    }

    /// <summary>Models set_intersection_update(_multi): compute, then swap bodies.</summary>
    public static void IntersectionUpdate(PySet so, ReadOnlySpan<PyObject> others)
    {
        var tmp = IntersectionMulti(so, others);
        PySet.SwapBodies(so, tmp);
        RefCounts.DecRef(tmp);
    }

    /// <summary>Models set_difference_update_internal (dummies resized away when more than a quarter).</summary>
    public static void DifferenceUpdateInternal(PySet so, PyObject other)
    {
        if (ReferenceEquals(so, other))
        {
            so.Clear();
            return;
        }
        if (other is PySet os)
        {
            PySet src;
            if ((os.Count >> 3) > so.Count) src = Intersection(so, os);
            else src = RefCounts.NewRef(os);
            try
            {
                var pos = 0;
                while (src.NextEntry(ref pos, out var key, out var hash))
                {
                    RefCounts.IncRef(key);
                    try
                    {
                        so.DiscardEntry(key, hash);
                    }
                    finally
                    {
                        RefCounts.DecRef(key);
                    }
                }
            }
            finally
            {
                RefCounts.DecRef(src);
            }
        }
        else
        {
            var it = Abstract.GetIter(other);
            using var heldIterator = Heap.Current.Hold(it); // the C local iterator while Python code runs
            try
            {
                while (Abstract.IterNext(it) is { } key)
                {
                    try
                    {
                        so.Discard(key);
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
        if ((ulong)(so.Fill - so.Count) <= (ulong)so.Mask / 4) return;
        so.TableResize(so.Count > 50000 ? so.Count * 2L : so.Count * 4L);
    }

    private static PySet CopyAndDifference(PySet so, PyObject other)
    {
        var result = Copy(so);
        try
        {
            DifferenceUpdateInternal(result, other);
        }
        catch
        {
            RefCounts.DecRef(result);
            throw;
        }
        return result;
    }

    /// <summary>Models set_difference.</summary>
    public static PySet Difference(PySet so, PyObject other)
    {
        long otherSize;
        if (other is PySet os) otherSize = os.Count;
        else if (other is PyDict od && other.Type == Types.Dict) otherSize = od.Count;
        else return CopyAndDifference(so, other);
        if ((so.Count >> 2) > otherSize) return CopyAndDifference(so, other);
        var result = NewBaseType(so.Type, null);
        try
        {
            var pos = 0;
            while (so.NextEntry(ref pos, out var key, out var hash))
            {
                RefCounts.IncRef(key);
                try
                {
                    var present = other is PyDict d ? d.ContainsKnownHash(key, hash) : ((PySet)other).ContainsEntry(key, hash);
                    if (!present) result.AddEntry(key, hash);
                }
                finally
                {
                    RefCounts.DecRef(key);
                }
            }
        }
        catch
        {
            RefCounts.DecRef(result);
            throw;
        }
        return result;
    }

    /// <summary>Models set_difference_multi.</summary>
    public static PySet DifferenceMulti(PySet so, ReadOnlySpan<PyObject> others)
    {
        if (others.Length == 0) return Copy(so);
        var result = Difference(so, others[0]);
        try
        {
            for (var i = 1; i < others.Length; i++) DifferenceUpdateInternal(result, others[i]);
        }
        catch
        {
            RefCounts.DecRef(result);
            throw;
        }
        return result;
    }

    /// <summary>Models set_symmetric_difference_update.</summary>
    public static void SymmetricDifferenceUpdate(PySet so, PyObject other)
    {
        if (ReferenceEquals(so, other))
        {
            so.Clear();
            return;
        }
        if (other is PyDict d && other.Type == Types.Dict)
        {
            var dpos = 0;
            while (d.Next(ref dpos, out var key, out _, out var hash))
            {
                RefCounts.IncRef(key);
                try
                {
                    if (!so.DiscardEntry(key, hash)) so.AddEntry(key, hash);
                }
                finally
                {
                    RefCounts.DecRef(key);
                }
            }
            return;
        }
        var otherset = other is PySet os ? RefCounts.NewRef(os) : NewBaseType(so.Type, other);
        try
        {
            var pos = 0;
            while (otherset.NextEntry(ref pos, out var key, out var hash))
            {
                RefCounts.IncRef(key);
                try
                {
                    if (!so.DiscardEntry(key, hash)) so.AddEntry(key, hash);
                }
                finally
                {
                    RefCounts.DecRef(key);
                }
            }
        }
        finally
        {
            RefCounts.DecRef(otherset);
        }
    }

    /// <summary>Models set_symmetric_difference: a copy of <paramref name="other"/> updated with the set.</summary>
    public static PySet SymmetricDifference(PySet so, PyObject other)
    {
        var otherset = NewBaseType(so.Type, other);
        try
        {
            SymmetricDifferenceUpdate(otherset, so);
        }
        catch
        {
            RefCounts.DecRef(otherset);
            throw;
        }
        return otherset;
    }

    /// <summary>Models set_issubset (a non-set argument is first made into a set).</summary>
    public static bool IsSubset(PySet so, PyObject other)
    {
        if (other is not PySet os)
        {
            var tmp = PySet.FromIterable(Types.Set, other);
            try
            {
                return IsSubset(so, tmp);
            }
            finally
            {
                RefCounts.DecRef(tmp);
            }
        }
        if (so.Count > os.Count) return false;
        var pos = 0;
        while (so.NextEntry(ref pos, out var key, out var hash))
        {
            RefCounts.IncRef(key);
            try
            {
                if (!os.ContainsEntry(key, hash)) return false;
            }
            finally
            {
                RefCounts.DecRef(key);
            }
        }
        return true;
    }

    /// <summary>Models set_issuperset.</summary>
    public static bool IsSuperset(PySet so, PyObject other)
    {
        if (other is PySet os) return IsSubset(os, so);
        var it = Abstract.GetIter(other);
        using var heldIterator = Heap.Current.Hold(it); // the C local iterator while Python code runs
        try
        {
            while (Abstract.IterNext(it) is { } key)
            {
                try
                {
                    if (!so.ContainsKey(key)) return false;
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
        return true;
    }

    /// <summary>Models set_isdisjoint.</summary>
    public static bool IsDisjoint(PySet so, PyObject other)
    {
        if (ReferenceEquals(so, other)) return so.Count == 0;
        if (other is PySet os && (other.Type == Types.Set || other.Type == Types.FrozenSet))
        {
            var big = so;
            var small = os;
            if (os.Count > so.Count)
            {
                big = os;
                small = so;
            }
            var pos = 0;
            while (small.NextEntry(ref pos, out var key, out var hash))
            {
                RefCounts.IncRef(key);
                try
                {
                    if (big.ContainsEntry(key, hash)) return false;
                }
                finally
                {
                    RefCounts.DecRef(key);
                }
            }
            return true;
        }
        var it = Abstract.GetIter(other);
        using var heldIterator = Heap.Current.Hold(it); // the C local iterator while Python code runs
        try
        {
            while (Abstract.IterNext(it) is { } key)
            {
                try
                {
                    if (so.ContainsKey(key)) return false;
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
        return true;
    }

    /// <summary>Models set_richcompare.</summary>
    public static PyObject RichCompare(PyObject v, PyObject w, CompareOp op)
    {
        if (v is not PySet a || w is not PySet b) return PySingleton.NotImplemented;
        switch (op)
        {
            case CompareOp.Eq:
                if (a.Count != b.Count) return PyBool.False;
                if (a.CachedHash != -1 && b.CachedHash != -1 && a.CachedHash != b.CachedHash) return PyBool.False;
                return PyBool.From(IsSubset(a, b));
            case CompareOp.Ne:
                return PyBool.From(!(a.Count == b.Count &&
                    !(a.CachedHash != -1 && b.CachedHash != -1 && a.CachedHash != b.CachedHash) && IsSubset(a, b)));
            case CompareOp.Le:
                return PyBool.From(IsSubset(a, b));
            case CompareOp.Ge:
                return PyBool.From(IsSuperset(a, b));
            case CompareOp.Lt:
                return PyBool.From(a.Count < b.Count && IsSubset(a, b));
            case CompareOp.Gt:
                return PyBool.From(a.Count > b.Count && IsSuperset(a, b));
            default:
                return PySingleton.NotImplemented;
        }
    }

    /// <summary>Models set_repr: <c>{…}</c> for an exact set, <c>name({…})</c> otherwise, through the list repr.</summary>
    public static PyObject Repr(PyObject self)
    {
        var so = (PySet)self;
        var name = self.Type.Name;
        if (!ReprRecursion.Enter(self)) return PyStr.From($"{name}(...)");
        try
        {
            if (so.Count == 0) return PyStr.From($"{name}()");
            var keys = ListOps.SequenceList(self);
            string listrepr;
            try
            {
                listrepr = Abstract.ReprString(keys);
            }
            finally
            {
                RefCounts.DecRef(keys);
            }
            var inner = listrepr[1..^1];
            return PyStr.From(self.Type == Types.Set ? "{" + inner + "}" : $"{name}({{{inner}}})");
        }
        finally
        {
            ReprRecursion.Leave(self);
        }
    }

    /// <summary>The number slots: set_or, set_and, set_sub, set_xor and their in-place forms.</summary>
    internal static void InstallNumberSlots(PyType t, bool mutable)
    {
        t.NumberSlots[7] = (a, b) => a is PySet so && b is PySet ? OrNew(so, b) : PySingleton.NotImplemented;
        t.NumberSlots[1] = (a, b) => a is PySet so && b is PySet ? Intersection(so, b) : PySingleton.NotImplemented;
        t.NumberSlots[10] = (a, b) => a is PySet so && b is PySet ? Difference(so, b) : PySingleton.NotImplemented;
        t.NumberSlots[12] = (a, b) => a is PySet so && b is PySet ? SymmetricDifference(so, b) : PySingleton.NotImplemented;
        if (!mutable) return;
        t.InPlaceSlots[7] = (a, b) =>
        {
            if (b is not PySet) return PySingleton.NotImplemented;
            ((PySet)a).UpdateFrom(b);
            return RefCounts.NewRef(a);
        };
        t.InPlaceSlots[1] = (a, b) =>
        {
            if (b is not PySet) return PySingleton.NotImplemented;
            IntersectionUpdate((PySet)a, [b]);
            return RefCounts.NewRef(a);
        };
        t.InPlaceSlots[10] = (a, b) =>
        {
            if (b is not PySet) return PySingleton.NotImplemented;
            DifferenceUpdateInternal((PySet)a, b);
            return RefCounts.NewRef(a);
        };
        t.InPlaceSlots[12] = (a, b) =>
        {
            if (b is not PySet) return PySingleton.NotImplemented;
            SymmetricDifferenceUpdate((PySet)a, b);
            return RefCounts.NewRef(a);
        };
    }

    /// <summary>Models set_or: a copy of the left operand updated with the right one.</summary>
    private static PyObject OrNew(PySet so, PyObject other)
    {
        var result = Copy(so);
        if (ReferenceEquals(so, other)) return result;
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
}
