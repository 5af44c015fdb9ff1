namespace PyHeap.Runtime.Memory;

/// <summary>
/// The object free lists of CPython 3.11 in front of the allocator (Objects/floatobject.c, tupleobject.c,
/// listobject.c, dictobject.c): a deallocated object's block is parked here (still allocated as far as pymalloc
/// knows) and handed to the next object of the same kind, LIFO. Capacities come from the profile: floats 100,
/// tuples of each length 1..20 2000 each, lists 80, dicts 80, dict keys 80. <see cref="Clear"/> is
/// _PyGC_ClearAllFreeLists (a full gc.collect()): it frees every held block to the allocator.
/// </summary>
public sealed class FreeLists
{
    private const int TupleBase = 4;
    private readonly ObjectAllocator allocator;
    private readonly int maxTupleLength;
    private readonly int[] capacity;
    private readonly long[][] items;
    private readonly int[] counts;

    internal FreeLists(ObjectAllocator allocator, MemoryProfile profile)
    {
        this.allocator = allocator;
        maxTupleLength = profile.TupleFreeListMaxLength;
        var lists = TupleBase + maxTupleLength;
        capacity = new int[lists];
        capacity[ListIndex(FreeListKind.Float, 0)] = profile.FloatFreeListCapacity;
        capacity[ListIndex(FreeListKind.List, 0)] = profile.ListFreeListCapacity;
        capacity[ListIndex(FreeListKind.Dict, 0)] = profile.DictFreeListCapacity;
        capacity[ListIndex(FreeListKind.DictKeys, 0)] = profile.DictKeysFreeListCapacity;
        for (var n = 1; n <= maxTupleLength; n++) capacity[TupleBase + n - 1] = profile.TupleFreeListCapacity;
        items = new long[lists][];
        for (var i = 0; i < lists; i++) items[i] = [];
        counts = new int[lists];
    }

    /// <summary>Blocks held by all free lists.</summary>
    public int TotalCount { get; private set; }

    /// <summary>How many blocks the free list holds (<paramref name="tupleLength"/> only matters for tuples).</summary>
    public int Count(FreeListKind kind, int tupleLength = 0)
    {
        var list = ListIndex(kind, tupleLength);
        return list < 0 ? 0 : counts[list];
    }

    /// <summary>The capacity of a free list (0 for tuple lengths without one, like the empty tuple).</summary>
    public int Capacity(FreeListKind kind, int tupleLength = 0)
    {
        var list = ListIndex(kind, tupleLength);
        return list < 0 ? 0 : capacity[list];
    }

    /// <summary>Takes the most recently parked block of that kind, if any (e.g. PyFloat_FromDouble).</summary>
    public bool TryPop(FreeListKind kind, int tupleLength, out long address)
    {
        var list = ListIndex(kind, tupleLength);
        // tupleobject.c maybe_freelist_pop takes only sizes below PyTuple_MAXSAVESIZE (20), though
        // maybe_freelist_push parks 20-tuples too: those stay parked until a collection clears the lists.
        if (list < 0 || counts[list] == 0 || (kind == FreeListKind.Tuple && tupleLength >= 20))
        {
            address = 0;
            return false;
        }
        address = items[list][--counts[list]];
        TotalCount--;
        return true;
    }

    /// <summary>
    /// Parks an object's block (e.g. float_dealloc); false if the list is full or there is no list for that
    /// tuple length, in which case the caller frees the block to the allocator itself.
    /// </summary>
    public bool TryPush(FreeListKind kind, int tupleLength, long address)
    {
        var list = ListIndex(kind, tupleLength);
        if (list < 0 || counts[list] >= capacity[list]) return false;
        ref var array = ref items[list];
        if (counts[list] == array.Length) Array.Resize(ref array, Math.Min(capacity[list], Math.Max(8, array.Length * 2)));
        array[counts[list]++] = address;
        TotalCount++;
        return true;
    }

    /// <summary>
    /// Models Modules/gcmodule.c: clear_freelists — tuples (length 1 up), floats, lists, dicts, then dict keys,
    /// each list most recently parked first, every block freed to the allocator.
    /// </summary>
    public void Clear()
    {
        for (var n = 1; n <= maxTupleLength; n++) Drain(TupleBase + n - 1);
        Drain(ListIndex(FreeListKind.Float, 0));
        Drain(ListIndex(FreeListKind.List, 0));
        Drain(ListIndex(FreeListKind.Dict, 0));
        Drain(ListIndex(FreeListKind.DictKeys, 0));
    }

    /// <summary>Every held block, for the snapshot.</summary>
    internal void CollectHeld(List<long> into)
    {
        for (var list = 0; list < items.Length; list++)
        {
            for (var i = 0; i < counts[list]; i++) into.Add(items[list][i]);
        }
    }

    /// <summary>Forgets everything without freeing (the allocator was reset).</summary>
    internal void Forget()
    {
        Array.Clear(counts);
        TotalCount = 0;
    }

    private void Drain(int list)
    {
        while (counts[list] > 0)
        {
            var address = items[list][--counts[list]];
            TotalCount--;
            allocator.Free(address);
        }
    }

    private int ListIndex(FreeListKind kind, int tupleLength) => kind switch
    {
        FreeListKind.Float => 0,
        FreeListKind.List => 1,
        FreeListKind.Dict => 2,
        FreeListKind.DictKeys => 3,
        FreeListKind.Tuple => tupleLength >= 1 && tupleLength <= maxTupleLength ? TupleBase + tupleLength - 1 : -1,
        _ => -1,
    };
}
