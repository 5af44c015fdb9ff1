using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Objects;

public sealed partial class PyDict
{
    /// <summary>log2 of the index table size (0 for the shared empty keys).</summary>
    internal int Log2Size => log2Size;

    /// <summary>DK_IS_UNICODE: str-only table with 16-byte entries.</summary>
    internal bool IsUnicode => unicodeKeys;

    /// <summary>dk_usable: insertions left before a resize.</summary>
    internal int Usable => usable;

    /// <summary>The hash PyDict uses for <paramref name="key"/> (a str's cached hash, else PyObject_Hash).</summary>
    internal static long KeyHash(PyObject key) => HashOf(key);

    /// <summary>Models _PyDict_Next: the next live entry at or after <paramref name="pos"/> (borrowed references).</summary>
    internal bool Next(ref int pos, out PyObject key, out PyObject value, out long hash)
    {
        var i = pos;
        while (i < nentries && entries[i].Value is null) i++;
        if (i >= nentries)
        {
            pos = i;
            key = null!;
            value = null!;
            hash = 0;
            return false;
        }
        pos = i + 1;
        key = entries[i].Key!;
        value = entries[i].Value!;
        hash = entries[i].Hash;
        return true;
    }

    /// <summary>_PyDict_Contains_KnownHash.</summary>
    internal bool ContainsKnownHash(PyObject key, long hash) => Count != 0 && Lookup(key, hash, out _) >= 0;

    /// <summary>_PyDict_GetItem_KnownHash: borrowed value or null.</summary>
    internal PyObject? GetItemKnownHash(PyObject key, long hash)
    {
        if (Count == 0) return null;
        var ix = Lookup(key, hash, out _);
        return ix < 0 ? null : entries[ix].Value;
    }

    /// <summary>_PyDict_DelItem_KnownHash (false when absent).</summary>
    internal bool DelItemKnownHash(PyObject key, long hash)
    {
        if (Count == 0) return false;
        var ix = Lookup(key, hash, out _);
        if (ix < 0) return false;
        RemoveEntry(ix, hash, out var oldKey, out var oldValue);
        RefCounts.DecRef(oldKey);
        RefCounts.DecRef(oldValue);
        return true;
    }

    /// <summary>
    /// Models clone_combined_dict_keys: an identical keys table (holes and index table included) with new
    /// references to every key and value in entry order.
    /// </summary>
    private void CloneKeysFrom(PyDict other)
    {
        // clone_combined_dict_keys callers: a copy of a tracked dict is tracked.
        if (other.GcNext is not null) Heap.Current.Gc.Track(this);
        AllocateKeys(other.log2Size, other.unicodeKeys);
        Array.Copy(other.indices, indices, indices.Length);
        Array.Copy(other.entries, entries, other.nentries);
        nentries = other.nentries;
        usable = other.usable;
        for (var i = 0; i < nentries; i++)
        {
            if (entries[i].Value is null) continue;
            RefCounts.IncRef(entries[i].Key!);
            RefCounts.IncRef(entries[i].Value!);
        }
        Count = other.Count;
        Version++;
    }

    /// <summary>Models PyDict_Copy: clones the keys table when at most a third of it is holes, else merges.</summary>
    public PyDict Copy()
    {
        if (Count == 0) return New();
        if (Count >= nentries * 2 / 3)
        {
            var clone = New();
            clone.CloneKeysFrom(this);
            return clone;
        }
        var copy = New();
        try
        {
            copy.MergeFrom(this, 1);
        }
        catch
        {
            RefCounts.DecRef(copy);
            throw;
        }
        return copy;
    }

    /// <summary>
    /// Models dict_merge for a dict source: override 1 replaces, 0 keeps existing keys, 2 raises KeyError on a
    /// duplicate. An empty target clones a compact, freshly built source; otherwise one big resize first.
    /// </summary>
    public void MergeFrom(PyDict other, int overrideMode)
    {
        if (ReferenceEquals(other, this) || other.Count == 0) return;
        if (Count == 0)
        {
            overrideMode = 1;
            if (other.Count == other.nentries &&
                (other.log2Size == LogMinSize || UsableFraction((1 << other.log2Size) / 2) < other.Count))
            {
                var oldAddress = keysAddress;
                var oldEntries = entries;
                var oldCount = nentries;
                var oldMinUnicode = MinSizeUnicode;
                keysAddress = 0; // the clone allocates; the old (empty) table is released after
                CloneKeysFrom(other);
                ReleaseOldTable(oldEntries, oldCount, oldAddress, oldMinUnicode);
                return;
            }
        }
        var size = log2Size == 0 ? 0 : 1 << log2Size;
        if (UsableFraction(size) < other.Count)
            Resize(EstimateLog2KeySize(Count + (long)other.Count), other.unicodeKeys);
        var origSize = other.nentries;
        var pos = 0;
        while (other.Next(ref pos, out var key, out var value, out var hash))
        {
            RefCounts.IncRef(key);
            RefCounts.IncRef(value);
            try
            {
                if (overrideMode == 1)
                {
                    RefCounts.IncRef(key);
                    RefCounts.IncRef(value);
                    InsertSteal(key, hash, value);
                }
                else if (!ContainsKnownHash(key, hash))
                {
                    RefCounts.IncRef(key);
                    RefCounts.IncRef(value);
                    InsertSteal(key, hash, value);
                }
                else if (overrideMode != 0)
                {
                    throw Errors.KeyError(key);
                }
            }
            finally
            {
                RefCounts.DecRef(value);
                RefCounts.DecRef(key);
            }
            if (origSize != other.nentries) throw Errors.RuntimeError("dict mutated during update");
        }
    }

    /// <summary>Drops a replaced (empty) keys table: its entries should be none, then its memory.</summary>
    private static void ReleaseOldTable(DictEntry[] oldEntries, int oldCount, long oldAddress, bool minSizeUnicode)
    {
        foreach (var e in oldEntries.AsSpan(0, oldCount))
        {
            if (e.Key is null) continue;
            RefCounts.DecRef(e.Key);
            RefCounts.DecRef(e.Value!);
        }
        if (oldAddress != 0) Heap.CurrentOrNull?.FreeDictKeys(oldAddress, minSizeUnicode);
    }

    /// <summary>
    /// Models dict_popitem: the last live entry (LIFO) as a new (key, value) tuple; dk_nentries shrinks to its
    /// position but dk_usable does not grow back.
    /// </summary>
    public PyTuple PopItem()
    {
        // CPython allocates the result tuple before checking the size.
        var res = PyTuple.Steal([PyNone.None, PyNone.None]);
        if (Count == 0)
        {
            RefCounts.DecRef(res);
            throw Errors.New(ExceptionTypes.KeyError, "popitem(): dictionary is empty");
        }
        var i = nentries - 1;
        while (i >= 0 && entries[i].Value is null) i--;
        ref var e = ref entries[i];
        RemoveEntry(i, e.Hash, out var key, out var value);
        res.Items[0] = key;
        res.Items[1] = value;
        nentries = i;
        return res;
    }

    /// <summary>dict_sizeof (without the GC header).</summary>
    internal long KeysBytes => KeysSize;
}
