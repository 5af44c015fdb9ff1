namespace PyHeap.Runtime.Memory;

/// <summary>
/// What CPython 3.11's own start-up leaves in the allocator before a script's first line: about 35,000 blocks in
/// 235 pools of 4 arenas (the interpreter's modules, code, types and interned strings) and a few objects parked on
/// the free lists. PyHeap allocates the same anonymous blocks once its own start-up objects exist, so a program's
/// objects land in half-used pools and behind parked blocks as they do in CPython (e.g. a freed 512-byte block's
/// pool is not empty afterwards, and the first gc.collect() frees start-up lists). The figures come from
/// python3 through scripts/gen-startup-residue.py.
/// </summary>
internal static partial class StartupResidue
{
    private const int Python311Classes = 32;
    private const int Alignment = 16;

    public static void Apply(ObjectAllocator allocator)
    {
        var parked = ParkedRequests();
        var inUse = BlocksInUseNow(allocator);
        for (var c = 0; c < Python311Classes; c++)
        {
            var size = (c + 1) * Alignment;
            var parkedHere = parked.Count(p => (p.Size - 1) / Alignment == c);
            var anonymous = BlocksInUse[c] - parkedHere - inUse[c];
            for (var i = 0; i < anonymous; i++) allocator.MarkStartup(allocator.Malloc(size));
        }
        foreach (var (kind, length, size) in parked)
        {
            var address = allocator.Malloc(size);
            if (!allocator.FreeLists.TryPush(kind, length, address)) allocator.Free(address);
        }
    }

    /// <summary>The free-list blocks with their request sizes (GC header + object, as the types allocate them).</summary>
    private static List<(FreeListKind Kind, int Length, int Size)> ParkedRequests()
    {
        var result = new List<(FreeListKind, int, int)>();
        for (var i = 0; i < FreeDicts; i++) result.Add((FreeListKind.Dict, 0, Heap.GcHeaderSize + 48));
        for (var i = 0; i < FreeFloats; i++) result.Add((FreeListKind.Float, 0, 24));
        for (var i = 0; i < FreeLists; i++) result.Add((FreeListKind.List, 0, Heap.GcHeaderSize + 40));
        for (var n = 1; n <= FreeTuples.Length; n++)
        {
            for (var i = 0; i < FreeTuples[n - 1]; i++) result.Add((FreeListKind.Tuple, n, Heap.GcHeaderSize + 24 + 8 * n));
        }
        return result;
    }

    /// <summary>
    /// Blocks PyHeap's own start-up already holds per 3.11 size class, so the totals equal CPython's. Profiles with
    /// other size classes get the residue on top of their start-up blocks.
    /// </summary>
    private static long[] BlocksInUseNow(ObjectAllocator allocator)
    {
        var result = new long[Python311Classes];
        var profile = allocator.Profile;
        if (profile.NumSizeClasses != Python311Classes || profile.BlockSize(0) != Alignment) return result;
        var classes = profile.NumSizeClasses;
        allocator.Pymalloc.CollectStats(new long[classes], result, new long[classes], out _, out _, out _);
        return result;
    }
}
