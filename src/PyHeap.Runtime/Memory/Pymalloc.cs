namespace PyHeap.Runtime.Memory;

/// <summary>
/// Models Objects/obmalloc.c's small-block allocator (3.8+ policy, 3.11 code): usedpools rings per size class,
/// per-pool LIFO free lists with a never-used tail, empty pools on their arena's freepools list, usable_arenas
/// sorted by nfreepools with the nfp2lasta fingers, arena objects reused through unused_arena_objects.
/// Pools and arenas live in flat struct arrays allocated when the arenas vector grows; malloc and free are O(1)
/// and allocate nothing.
/// </summary>
internal sealed partial class Pymalloc
{
    /// <summary>DUMMY_SIZE_IDX: size class of newly carved pools.</summary>
    public const int DummySizeIdx = 0xffff;

    /// <summary>Link value of an allocated block (free blocks hold next index + 1; 0 = NULL).</summary>
    private const ushort UsedMark = ushort.MaxValue;

    /// <summary>Link value of a block allocated by the interpreter's start-up (the map draws it apart).</summary>
    private const ushort StartupMark = ushort.MaxValue - 1;

    private readonly MemoryProfile profile;
    private readonly MemoryBudget budget;
    private readonly ArenaAddressSpace space;
    private readonly int numClasses;
    private readonly int poolSize;
    private readonly int poolShift;
    private readonly long poolMask;
    private readonly int poolOverhead;
    private readonly int arenaSize;
    private readonly int maxPools;
    private readonly int maxBlocks;
    private readonly int[] blockSize;
    private readonly int[] blocksPerPool;

    /// <summary>Per size class, ceil(2^64 / block size): exact division of pool offsets by a multiplication
    /// (Lemire, Kaser and Kurz, "Faster remainder by direct computation", exact for every 32-bit dividend).</summary>
    private readonly ulong[] blockReciprocal;

    /// <summary>Pool table: ids 0..numClasses-1 are the usedpools[] ring heads, then maxPools per arena object.</summary>
    private PoolHeader[] pools;

    /// <summary>Per arena object, the free-list links of every block of every pool (the "*(block **)p" words).</summary>
    private ushort[]?[] links;

    private ArenaObject[] arenas = [];
    private int maxArenas;
    private int unusedArenaObjects = -1;
    private int usableArenas = -1;
    private readonly int[] nfp2lasta;

    private readonly HashSet<long> arenaMapMidNodes = new();
    private readonly HashSet<long> arenaMapBotNodes = new();

    public IAllocatorObserver? Observer;

    public Pymalloc(MemoryProfile profile, MemoryBudget budget)
    {
        this.profile = profile;
        this.budget = budget;
        space = new ArenaAddressSpace(profile);
        numClasses = profile.NumSizeClasses;
        poolSize = profile.PoolSize;
        poolShift = System.Numerics.BitOperations.Log2((uint)poolSize);
        poolMask = poolSize - 1;
        poolOverhead = profile.PoolOverhead;
        arenaSize = profile.ArenaSize;
        maxPools = profile.MaxPoolsInArena;
        maxBlocks = profile.BlocksPerPool(0);
        blockSize = new int[numClasses];
        blocksPerPool = new int[numClasses];
        blockReciprocal = new ulong[numClasses];
        for (var i = 0; i < numClasses; i++)
        {
            blockSize[i] = profile.BlockSize(i);
            blocksPerPool[i] = profile.BlocksPerPool(i);
            blockReciprocal[i] = ulong.MaxValue / (ulong)blockSize[i] + 1;
        }
        nfp2lasta = new int[maxPools + 1];
        pools = new PoolHeader[numClasses];
        links = [];
        Reset();
    }

    public long NArenasCurrentlyAllocated { get; private set; }

    public long NTimesArenaAllocated { get; private set; }

    public long NArenasHighwater { get; private set; }

    /// <summary>Blocks currently allocated from pools (what _Py_GetAllocatedBlocks adds up over the pools).</summary>
    public long AllocatedBlocks { get; private set; }

    /// <summary>Bytes of arenas currently mapped.</summary>
    public long ArenaBytes => NArenasCurrentlyAllocated * arenaSize;

    public int ArenaMapMidCount => arenaMapMidNodes.Count;

    public int ArenaMapBotCount => arenaMapBotNodes.Count;

    public void Reset()
    {
        for (var a = 0; a < maxArenas; a++)
        {
            if (arenas[a].Address != 0)
            {
                budget.Release(arenaSize);
            }
        }
        arenas = [];
        maxArenas = 0;
        links = [];
        pools = new PoolHeader[numClasses];
        for (var i = 0; i < numClasses; i++)
        {
            pools[i].NextPool = i;
            pools[i].PrevPool = i;
        }
        unusedArenaObjects = -1;
        usableArenas = -1;
        Array.Fill(nfp2lasta, -1);
        space.Reset();
        arenaMapMidNodes.Clear();
        arenaMapBotNodes.Clear();
        NArenasCurrentlyAllocated = 0;
        NTimesArenaAllocated = 0;
        NArenasHighwater = 0;
        AllocatedBlocks = 0;
    }

    /// <summary>Marks an allocated block as the start-up residue's; it is never freed.</summary>
    public void MarkStartup(long address)
    {
        var a = space.ArenaAt(address);
        if (a < 0) return;
        var poolId = LocateBlock(a, address, out var block);
        links[a]![pools[poolId].LinkBase + block] = StartupMark;
    }

    private int PoolId(int arenaIndex, int poolIndex) => numClasses + arenaIndex * maxPools + poolIndex;

    /// <summary>offset / blockSize[sizeClass] without a division; <paramref name="exact"/> tells whether the
    /// remainder is zero (a block boundary). Valid for 0 &lt;= offset &lt; 2^32.</summary>
    private int BlockIndex(int offset, int sizeClass, out bool exact)
    {
        var reciprocal = blockReciprocal[sizeClass];
        var quotient = Math.BigMul(reciprocal, (ulong)(uint)offset, out var low);
        exact = low < reciprocal;
        return (int)quotient;
    }

    private long BlockAddress(in PoolHeader pool, int block) =>
        pool.Address + poolOverhead + (long)block * blockSize[pool.SzIdx];
}
