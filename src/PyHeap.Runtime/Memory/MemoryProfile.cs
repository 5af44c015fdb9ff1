namespace PyHeap.Runtime.Memory;

/// <summary>
/// All the geometry of the simulated pymalloc (Objects/obmalloc.c's compile-time constants) and of the simulated
/// address space, as data. Everything derived (size classes, blocks per pool, pools per arena) is computed from
/// these numbers, so a profile is the only place a CPython version's layout is written down.
/// </summary>
public sealed record MemoryProfile
{
    /// <summary>Models 64-bit CPython 3.10 to 3.12: USE_LARGE_ARENAS, USE_LARGE_POOLS, WITH_PYMALLOC_RADIX_TREE.</summary>
    public static MemoryProfile Python311 { get; } = new()
    {
        Name = "CPython 3.11",
        Description = "64-bit CPython 3.10+: 1 MiB arenas of 16 KiB pools, 16-byte alignment, 32 size classes; " +
                      "arenas are tracked by a radix tree and are mmap'd page-aligned, so an arena that is not " +
                      "16 KiB-aligned loses one pool to alignment.",
        ArenaSize = 1 << 20,
        PoolSize = 16 << 10,
        UsesArenaMapRadixTree = true,
    };

    /// <summary>Models 64-bit CPython 3.8 and 3.9: 256 KiB arenas of 4 KiB pools (one pool per system page).</summary>
    public static MemoryProfile Classic { get; } = new()
    {
        Name = "CPython 3.8/3.9",
        Description = "64-bit CPython 3.8/3.9: 256 KiB arenas of 4 KiB pools (one pool per page), 16-byte " +
                      "alignment, 32 size classes; address_in_range reads the pool header's arenaindex.",
        ArenaSize = 256 << 10,
        PoolSize = 4 << 10,
        UsesArenaMapRadixTree = false,
    };

    public required string Name { get; init; }

    public required string Description { get; init; }

    /// <summary>ARENA_SIZE: bytes mmap'd per arena.</summary>
    public required int ArenaSize { get; init; }

    /// <summary>POOL_SIZE: bytes per pool; pools are aligned to it.</summary>
    public required int PoolSize { get; init; }

    /// <summary>ALIGNMENT: block alignment and the spacing of size classes.</summary>
    public int Alignment { get; init; } = 16;

    /// <summary>SMALL_REQUEST_THRESHOLD: larger requests go to the raw allocator.</summary>
    public int SmallRequestThreshold { get; init; } = 512;

    /// <summary>sizeof(struct pool_header) on a 64-bit build (ref, freeblock, nextpool, prevpool, 4 uints).</summary>
    public int PoolHeaderSize { get; init; } = 48;

    /// <summary>INITIAL_ARENA_OBJECTS: the arenas vector starts this long and doubles.</summary>
    public int InitialArenaObjects { get; init; } = 16;

    /// <summary>SYSTEM_PAGE_SIZE: the granularity of the simulated mmap.</summary>
    public int SystemPageSize { get; init; } = 4 << 10;

    /// <summary>WITH_PYMALLOC_RADIX_TREE (3.10+): enables the "arena map" section of the statistics.</summary>
    public bool UsesArenaMapRadixTree { get; init; }

    /// <summary>POINTER_BITS of the simulated build (the radix tree's key width).</summary>
    public int PointerBits { get; init; } = 64;

    /// <summary>
    /// Top of the simulated mmap area: arenas are placed top-down below it, like Linux places anonymous
    /// mappings. Page-aligned; the default is one page past a 16 KiB boundary, as commonly observed.
    /// </summary>
    public long ArenaMmapTop { get; init; } = 0x7f3c_8a40_1000;

    /// <summary>Start of the simulated C heap (brk area) the raw allocator bumps upward from.</summary>
    public long RawHeapBase { get; init; } = 0x5581_0000_0000;

    /// <summary>Bytes of bookkeeping in front of every raw chunk (glibc: prev_size + size).</summary>
    public int RawChunkHeader { get; init; } = 16;

    /// <summary>Objects/floatobject.c: PyFloat_MAXFREELIST.</summary>
    public int FloatFreeListCapacity { get; init; } = 100;

    /// <summary>Objects/tupleobject.c: PyTuple_MAXSAVESIZE (free lists exist for lengths 1..this).</summary>
    public int TupleFreeListMaxLength { get; init; } = 20;

    /// <summary>Objects/tupleobject.c: PyTuple_MAXFREELIST (per length).</summary>
    public int TupleFreeListCapacity { get; init; } = 2000;

    /// <summary>Objects/listobject.c: PyList_MAXFREELIST.</summary>
    public int ListFreeListCapacity { get; init; } = 80;

    /// <summary>Objects/dictobject.c: PyDict_MAXFREELIST (dict objects).</summary>
    public int DictFreeListCapacity { get; init; } = 80;

    /// <summary>Objects/dictobject.c: PyDict_MAXFREELIST (keys objects of PyDict_LOG_MINSIZE, unicode kind).</summary>
    public int DictKeysFreeListCapacity { get; init; } = 80;

    /// <summary>ALIGNMENT_SHIFT.</summary>
    public int AlignmentShift => System.Numerics.BitOperations.Log2((uint)Alignment);

    /// <summary>NB_SMALL_SIZE_CLASSES.</summary>
    public int NumSizeClasses => SmallRequestThreshold / Alignment;

    /// <summary>POOL_OVERHEAD: the pool header rounded up to ALIGNMENT.</summary>
    public int PoolOverhead => (PoolHeaderSize + Alignment - 1) & ~(Alignment - 1);

    /// <summary>MAX_POOLS_IN_ARENA.</summary>
    public int MaxPoolsInArena => ArenaSize / PoolSize;

    /// <summary>INDEX2SIZE: bytes per block of size class <paramref name="sizeClass"/>.</summary>
    public int BlockSize(int sizeClass) => (sizeClass + 1) << AlignmentShift;

    /// <summary>NUMBLOCKS: blocks per pool of size class <paramref name="sizeClass"/>.</summary>
    public int BlocksPerPool(int sizeClass) => (PoolSize - PoolOverhead) / BlockSize(sizeClass);

    /// <summary>The size class pymalloc serves <paramref name="size"/> bytes from, or -1 (0 bytes, or too big).</summary>
    public int SizeClassOf(int size) =>
        size <= 0 || size > SmallRequestThreshold ? -1 : (size - 1) >> AlignmentShift;

    /// <summary>Throws if the numbers break obmalloc.c's compile-time invariants.</summary>
    public void Validate()
    {
        static bool Pow2(long v) => v > 0 && (v & (v - 1)) == 0;
        if (!Pow2(Alignment) || !Pow2(PoolSize) || !Pow2(ArenaSize) || !Pow2(SystemPageSize))
            throw new ArgumentException($"{Name}: alignment, pool, arena and page sizes must be powers of two");
        if (SmallRequestThreshold < Alignment || SmallRequestThreshold % Alignment != 0 || NumSizeClasses > 64)
            throw new ArgumentException($"{Name}: bad SMALL_REQUEST_THRESHOLD");
        if (ArenaSize < PoolSize || BlocksPerPool(NumSizeClasses - 1) < 2 || BlocksPerPool(0) >= ushort.MaxValue - 1)
            throw new ArgumentException($"{Name}: pools must hold 2..65533 blocks and fit in an arena");
        if (ArenaMmapTop % SystemPageSize != 0 || RawHeapBase % Alignment != 0 || RawChunkHeader % Alignment != 0)
            throw new ArgumentException($"{Name}: simulated regions must be page/alignment aligned");
    }
}
