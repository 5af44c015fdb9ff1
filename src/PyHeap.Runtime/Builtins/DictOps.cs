using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>Shared dict operations used by the VM (DICT_UPDATE), the constructor and the dict methods.</summary>
public static class DictOps
{
    /// <summary>Models PyDict_Merge(a, b, 1) (DICT_UPDATE, dict.update(mapping)): dicts merge, else keys() and [key].</summary>
    public static void Update(PyDict target, PyObject source) => Merge(target, source, 1);

    /// <summary>Models dict_merge: a dict source item by item, otherwise PyMapping_Keys then b[key].</summary>
    public static void Merge(PyDict target, PyObject source, int overrideMode)
    {
        if (source is PyDict d)
        {
            target.MergeFrom(d, overrideMode);
            return;
        }
        var keys = MappingKeys(source);
        var it = Abstract.GetIter(keys);
        using var heldIterator = Heap.Current.Hold(it); // the C local iterator while Python code runs
        RefCounts.DecRef(keys);
        try
        {
            while (Abstract.IterNext(it) is { } key)
            {
                try
                {
                    if (overrideMode != 1 && target.ContainsKey(key))
                    {
                        if (overrideMode == 0) continue;
                        throw Errors.KeyError(key);
                    }
                    var value = Abstract.GetItem(source, key);
                    try
                    {
                        target.SetItem(key, value);
                    }
                    finally
                    {
                        RefCounts.DecRef(value);
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
    }

    /// <summary>Models PyMapping_Keys / method_output_as_list for a non-dict: list(o.keys()).</summary>
    private static PyObject MappingKeys(PyObject o)
    {
        var output = Interpreter.Current.CallMethod(o, "keys", []);
        if (output.Type == Types.List) return output;
        PyObject it;
        try
        {
            it = Abstract.GetIter(output);
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.TypeError))
        {
            RefCounts.DecRef(e.Value);
            var name = output.Type.Name;
            RefCounts.DecRef(output);
            throw Errors.TypeError($"{o.Type.Name}.keys() returned a non-iterable (type {name})");
        }
        RefCounts.DecRef(output);
        try
        {
            return ListOps.SequenceList(it);
        }
        finally
        {
            RefCounts.DecRef(it);
        }
    }

    /// <summary>Models dict_update_arg: an exact dict or anything with keys() merges, else a sequence of pairs.</summary>
    public static void UpdateArg(PyDict target, PyObject arg)
    {
        if (arg.Type == Types.Dict)
        {
            Merge(target, arg, 1);
            return;
        }
        var keys = Abstract.LookupAttr(arg, PyStr.Intern("keys"));
        if (keys is not null)
        {
            RefCounts.DecRef(keys);
            Merge(target, arg, 1);
            return;
        }
        MergeFromSeq2(target, arg, 1);
    }

    /// <summary>Models PyDict_MergeFromSeq2: each item must be a 2-sequence (CPython's messages name its index).</summary>
    public static void MergeFromSeq2(PyDict target, PyObject seq2, int overrideMode)
    {
        var it = Abstract.GetIter(seq2);
        using var heldIterator = Heap.Current.Hold(it); // the C local iterator while Python code runs
        try
        {
            for (var i = 0; ; i++)
            {
                var item = Abstract.IterNext(it);
                if (item is null) break;
                PyObject fast;
                try
                {
                    fast = SequenceFast(item, i);
                }
                catch
                {
                    RefCounts.DecRef(item);
                    throw;
                }
                try
                {
                    var items = fast is PyTuple t ? t.Items.AsSpan() : ((PyList)fast).Items;
                    if (items.Length != 2)
                        throw Errors.ValueError($"dictionary update sequence element #{i} has length {items.Length}; 2 is required");
                    var key = items[0];
                    var value = items[1];
                    RefCounts.IncRef(key);
                    RefCounts.IncRef(value);
                    try
                    {
                        if (overrideMode != 0 || !target.ContainsKey(key)) target.SetItem(key, value);
                    }
                    finally
                    {
                        RefCounts.DecRef(key);
                        RefCounts.DecRef(value);
                    }
                }
                finally
                {
                    RefCounts.DecRef(fast);
                    RefCounts.DecRef(item);
                }
            }
        }
        finally
        {
            RefCounts.DecRef(it);
        }
    }

    /// <summary>PySequence_Fast(item, ""): the list or tuple itself, else list(item); a TypeError names the element.</summary>
    private static PyObject SequenceFast(PyObject item, int index)
    {
        if (item.Type == Types.List || item.Type == Types.Tuple) return RefCounts.NewRef(item);
        if (item.Type.Iter is null && (item.Type.GetItem is null || item is PyDict))
            throw Errors.TypeError($"cannot convert dictionary update sequence element #{index} to a sequence");
        try
        {
            return ListOps.SequenceList(item);
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.TypeError))
        {
            RefCounts.DecRef(e.Value);
            throw Errors.TypeError($"cannot convert dictionary update sequence element #{index} to a sequence");
        }
    }

    /// <summary>Models _PyDict_FromKeys for <c>dict.fromkeys</c>: dict and set sources presize the new dict.</summary>
    public static PyObject FromKeys(PyObject cls, PyObject iterable, PyObject value)
    {
        var d = ReferenceEquals(cls, Types.Dict) ? PyDict.New() : Interpreter.Current.CallObject(cls, [], null);
        try
        {
            if (d is PyDict dict && d.Type == Types.Dict && dict.Count == 0)
            {
                if (iterable is PyDict src && iterable.Type == Types.Dict)
                {
                    dict.Resize(PyDict.EstimateLog2KeySize(src.Count), src.IsUnicode);
                    var pos = 0;
                    while (src.Next(ref pos, out var key, out _, out var hash)) dict.SetItemKnownHash(key, hash, value);
                    return d;
                }
                if (iterable is PySet set && (iterable.Type == Types.Set || iterable.Type == Types.FrozenSet))
                {
                    dict.Resize(PyDict.EstimateLog2KeySize(set.Count), unicode: false);
                    var pos = 0;
                    while (set.NextEntry(ref pos, out var key, out var hash)) dict.SetItemKnownHash(key, hash, value);
                    return d;
                }
            }
            var it = Abstract.GetIter(iterable);
            using var heldIterator = Heap.Current.Hold(it); // the C local iterator while Python code runs
            try
            {
                while (Abstract.IterNext(it) is { } key)
                {
                    try
                    {
                        if (d is PyDict exact && d.Type == Types.Dict) exact.SetItem(key, value);
                        else Abstract.SetItem(d, key, value);
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
            return d;
        }
        catch
        {
            RefCounts.DecRef(d);
            throw;
        }
    }

    /// <summary>reversed(dict): Models dict___reversed___impl (a dict_reversekeyiterator).</summary>
    public static PyObject Reversed(PyDict d) => DictIterator.New(d, DictViewKind.Keys, reverse: true);

    /// <summary>Models dict_equal: same size and every key of a maps to an equal value in b.</summary>
    public static bool Equal(PyDict a, PyDict b)
    {
        if (a.Count != b.Count) return false;
        for (var i = 0; i < a.EntryCount; i++)
        {
            var pos = i;
            if (!a.Next(ref pos, out var key, out var aval, out var hash) || pos != i + 1) continue;
            RefCounts.IncRef(aval);
            RefCounts.IncRef(key);
            try
            {
                var bval = b.GetItemKnownHash(key, hash);
                if (bval is null) return false;
                RefCounts.IncRef(bval);
                try
                {
                    if (!Abstract.RichCompareBool(aval, bval, CompareOp.Eq)) return false;
                }
                finally
                {
                    RefCounts.DecRef(bval);
                }
            }
            finally
            {
                RefCounts.DecRef(key);
                RefCounts.DecRef(aval);
            }
        }
        return true;
    }

    /// <summary>Models dict_repr: "{...}" when recursive; each key and value is held while formatted.</summary>
    public static PyObject Repr(PyObject self)
    {
        var d = (PyDict)self;
        if (!ReprRecursion.Enter(self)) return PyStr.From("{...}");
        try
        {
            if (d.Count == 0) return PyStr.From("{}");
            var sb = new System.Text.StringBuilder("{");
            var first = true;
            var pos = 0;
            while (d.Next(ref pos, out var key, out var value, out _))
            {
                RefCounts.IncRef(key);
                RefCounts.IncRef(value);
                try
                {
                    if (!first) sb.Append(", ");
                    first = false;
                    sb.Append(Abstract.ReprString(key)).Append(": ").Append(Abstract.ReprString(value));
                }
                finally
                {
                    RefCounts.DecRef(key);
                    RefCounts.DecRef(value);
                }
            }
            sb.Append('}');
            return PyStr.From(sb.ToString());
        }
        finally
        {
            ReprRecursion.Leave(self);
        }
    }
}
