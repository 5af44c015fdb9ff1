using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Objects;

public sealed partial class PySet
{
    /// <summary>Models set_merge: one big resize first, then a pointer copy, clean inserts or normal adds.</summary>
    internal void Merge(PySet other)
    {
        if (ReferenceEquals(other, this) || other.used == 0) return;
        if ((fill + (long)other.used) * 5 >= mask * 3L) TableResize((used + (long)other.used) * 2);
        var otbl = other.table;
        if (fill == 0 && mask == other.mask && other.fill == other.used)
        {
            for (var i = 0; i <= other.mask; i++)
            {
                if (otbl[i].Key is not { } key) continue;
                RefCounts.IncRef(key);
                table[i].Key = key;
                table[i].Hash = otbl[i].Hash;
            }
            fill = other.fill;
            used = other.used;
            return;
        }
        if (fill == 0)
        {
            var newmask = (ulong)mask;
            fill = other.used;
            used = other.used;
            for (var i = 0; i <= other.mask; i++)
            {
                if (otbl[i].Key is not { } key || ReferenceEquals(key, Dummy)) continue;
                RefCounts.IncRef(key);
                InsertClean(table, newmask, key, otbl[i].Hash);
            }
            return;
        }
        for (var i = 0; i <= other.mask; i++)
        {
            var key = other.table[i].Key;
            if (key is not null && !ReferenceEquals(key, Dummy)) AddEntry(key, other.table[i].Hash);
        }
    }

    /// <summary>Models set_update_internal: sets merge, exact dicts presize and reuse their hashes, else iterate.</summary>
    public void UpdateFrom(PyObject other)
    {
        if (other is PySet s)
        {
            Merge(s);
            return;
        }
        if (other is PyDict d && other.Type == Types.Dict)
        {
            long dictsize = d.Count;
            if ((fill + dictsize) * 5 >= mask * 3L) TableResize((used + dictsize) * 2);
            var pos = 0;
            while (d.Next(ref pos, out var key, out _, out var keyHash)) AddEntry(key, keyHash);
            return;
        }
        var it = Abstract.GetIter(other);
        try
        {
            while (Abstract.IterNext(it) is { } key)
            {
                try
                {
                    Add(key);
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

    private static ulong ShuffleBits(ulong h) => ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL;

    /// <summary>Models frozenset_hash (cached in so->hash).</summary>
    public long FrozenHash()
    {
        if (hash != -1) return hash;
        ulong h = 0;
        for (var i = 0; i <= mask; i++) h ^= ShuffleBits((ulong)table[i].Hash);
        if (((mask + 1 - fill) & 1) != 0) h ^= ShuffleBits(0);
        if (((fill - used) & 1) != 0) h ^= ShuffleBits(ulong.MaxValue);
        h ^= ((ulong)used + 1) * 1927868237UL;
        h ^= (h >> 11) ^ (h >> 25);
        h = h * 69069U + 907133923UL;
        if (h == ulong.MaxValue) h = 590923713UL;
        hash = (long)h;
        return hash;
    }

    /// <summary>Models set_swap_bodies: exchanges tables (the inline tables' contents too) and counters.</summary>
    internal static void SwapBodies(PySet a, PySet b)
    {
        (a.fill, b.fill) = (b.fill, a.fill);
        (a.used, b.used) = (b.used, a.used);
        (a.mask, b.mask) = (b.mask, a.mask);
        (a.table, b.table) = (b.table, a.table);
        (a.smallTable, b.smallTable) = (b.smallTable, a.smallTable);
        (a.tableAddress, b.tableAddress) = (b.tableAddress, a.tableAddress);
        if (a.Type.IsSubtypeOf(Types.FrozenSet) && b.Type.IsSubtypeOf(Types.FrozenSet))
        {
            (a.hash, b.hash) = (b.hash, a.hash);
        }
        else
        {
            a.hash = -1;
            b.hash = -1;
        }
    }

    /// <summary>Models make_new_set(type, iterable).</summary>
    public static PySet FromIterable(PyType type, PyObject? iterable)
    {
        var set = New(type);
        if (iterable is null) return set;
        try
        {
            set.UpdateFrom(iterable);
        }
        catch
        {
            RefCounts.DecRef(set);
            throw;
        }
        return set;
    }

    /// <summary>A set of <paramref name="type"/> built from owned references, added in order (consumed).</summary>
    public static PySet FromItemsSteal(PyType type, PyObject[] items)
    {
        var set = New(type);
        try
        {
            foreach (var item in items) set.Add(item);
        }
        catch
        {
            RefCounts.DecRef(set);
            throw;
        }
        finally
        {
            foreach (var item in items) RefCounts.DecRef(item);
        }
        return set;
    }
}
