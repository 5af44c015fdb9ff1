using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;

namespace PyHeap.Visuals.Pymalloc;

/// <summary>
/// The data of the pymalloc map (<c>%pymalloc [EXPR]</c>): the allocator's arenas, pools and blocks
/// (<see cref="ObjectAllocator.Snapshot"/>), the active <see cref="MemoryProfile"/>, the size-class table and
/// arena totals as sys._debugmallocstats() reports them, and where the inspected object's block lies.
/// </summary>
public sealed record PymallocMapSnapshot(
    MemoryProfile Profile,
    PymallocSnapshot Memory,
    IReadOnlyList<SizeClassRow> SizeClasses,
    ArenaTotals Totals,
    string? Expression,
    string? TargetDescription,
    long TargetAddress,
    BlockLocation? Target,
    string? TargetNote)
{
    /// <summary>Takes the snapshot on the interpreter thread; reads only (no object is touched but <paramref name="target"/>'s header).</summary>
    public static PymallocMapSnapshot Take(ObjectAllocator allocator, string? expression = null, PyObject? target = null)
    {
        var memory = allocator.Snapshot();
        var profile = allocator.Profile;
        var (rows, totals) = Statistics(memory, profile);
        if (target is null) return new PymallocMapSnapshot(profile, memory, rows, totals, null, null, 0, null, null);

        var size = target.AllocationSize;
        var description = $"{target.Type.Name} at 0x{target.Address:x} ({ShortRepr.Of(target)}), {size} bytes requested";
        var location = Locate(memory, profile, target.Address);
        string? note = null;
        if (location is null)
        {
            note = target.IsImmortal
                ? "not in pymalloc: an immortal object of the interpreter's static data (it never was allocated)"
                : size > profile.SmallRequestThreshold
                    ? $"not in pymalloc: {size} bytes is over SMALL_REQUEST_THRESHOLD ({profile.SmallRequestThreshold}), so the raw allocator (malloc) serves it"
                    : "not in any mapped arena";
        }
        return new PymallocMapSnapshot(profile, memory, rows, totals, expression, description, target.Address, location, note);
    }

    /// <summary>The arena, pool and block holding <paramref name="address"/>, or null (raw or static memory).</summary>
    public static BlockLocation? Locate(PymallocSnapshot memory, MemoryProfile profile, long address)
    {
        for (var a = 0; a < memory.Arenas.Count; a++)
        {
            var arena = memory.Arenas[a];
            if (address < arena.FirstPoolAddress || address >= arena.Address + profile.ArenaSize) continue;
            var pool = (int)((address - arena.FirstPoolAddress) / profile.PoolSize);
            if (pool >= arena.Pools.Count) return null;
            var p = arena.Pools[pool];
            if (p.BlockSize == 0) return new BlockLocation(a, pool, -1);
            var block = (int)((address - p.Address - profile.PoolOverhead) / p.BlockSize);
            return new BlockLocation(a, pool, block >= 0 && block < p.Blocks.Count ? block : -1);
        }
        return null;
    }

    /// <summary>The per-arena walk of Objects/obmalloc.c: _PyObject_DebugMallocStats, over the snapshot.</summary>
    private static (IReadOnlyList<SizeClassRow>, ArenaTotals) Statistics(PymallocSnapshot memory, MemoryProfile profile)
    {
        var classes = profile.NumSizeClasses;
        var pools = new long[classes];
        var blocks = new long[classes];
        var free = new long[classes];
        long unusedPools = 0, alignment = 0;
        foreach (var arena in memory.Arenas)
        {
            unusedPools += arena.FreePools;
            // An arena that is not pool-aligned loses its first partial pool (obmalloc.c: new_arena).
            if ((arena.Address & (profile.PoolSize - 1)) != 0) alignment += profile.PoolSize;
            foreach (var pool in arena.Pools)
            {
                if (pool.UsedBlocks == 0) continue;
                pools[pool.SizeClass]++;
                blocks[pool.SizeClass] += pool.UsedBlocks;
                free[pool.SizeClass] += profile.BlocksPerPool(pool.SizeClass) - pool.UsedBlocks;
            }
        }
        var rows = new List<SizeClassRow>();
        long allocated = 0, available = 0, headers = 0, quantization = 0;
        for (var c = 0; c < classes; c++)
        {
            if (pools[c] == 0) continue;
            var size = profile.BlockSize(c);
            rows.Add(new SizeClassRow(c, size, pools[c], blocks[c], free[c]));
            allocated += blocks[c] * size;
            available += free[c] * size;
            headers += pools[c] * profile.PoolOverhead;
            quantization += pools[c] * ((profile.PoolSize - profile.PoolOverhead) % size);
        }
        var totals = new ArenaTotals(memory.ArenasAllocatedTotal, memory.ArenasAllocatedTotal - memory.Arenas.Count,
            memory.ArenasHighwater, memory.Arenas.Count, allocated, available, unusedPools, unusedPools * profile.PoolSize,
            headers, quantization, alignment, memory.RawBlocks, memory.RawBytes);
        return (rows, totals);
    }
}
