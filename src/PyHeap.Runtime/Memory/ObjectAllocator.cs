namespace PyHeap.Runtime.Memory;

/// <summary>
/// The simulated object allocator: models Objects/obmalloc.c's _PyObject_Malloc, _PyObject_Free and
/// _PyObject_Realloc — pymalloc for requests of 1..512 bytes, the raw allocator (C malloc) for the rest, with the
/// simulated process's heap limit over both. The address returned is what <c>id(obj)</c> shows.
/// One per simulated process; not thread-safe (CPython's allocator relies on the GIL the same way).
/// </summary>
public sealed class ObjectAllocator : IBlockAllocator
{
    /// <summary>Default heap limit: 256 MiB of simulated memory (arenas + raw chunks).</summary>
    public const long DefaultHeapLimit = 256L << 20;

    private readonly MemoryBudget budget;
    private readonly Pymalloc pymalloc;
    private IAllocatorObserver? observer;

    public ObjectAllocator(MemoryProfile? profile = null, long heapLimitBytes = DefaultHeapLimit)
    {
        Profile = profile ?? MemoryProfile.Python311;
        Profile.Validate();
        if (heapLimitBytes <= 0) throw new ArgumentOutOfRangeException(nameof(heapLimitBytes));
        budget = new MemoryBudget(heapLimitBytes);
        pymalloc = new Pymalloc(Profile, budget);
        Raw = new RawAllocator(Profile, budget);
        FreeLists = new FreeLists(this, Profile);
    }

    public MemoryProfile Profile { get; }

    /// <summary>The C-malloc model that serves requests pymalloc does not.</summary>
    public RawAllocator Raw { get; }

    /// <summary>The object free lists in front of this allocator.</summary>
    public FreeLists FreeLists { get; }

    /// <summary>Hears every arena, pool, block and raw event; null costs nothing.</summary>
    public IAllocatorObserver? Observer
    {
        get => observer;
        set
        {
            observer = value;
            pymalloc.Observer = value;
            Raw.Observer = value;
        }
    }

    /// <summary>How far past the heap limit a request may still be granted (then MemoryError follows).</summary>
    public const long HeapLimitOvershoot = MemoryBudget.Overshoot;

    /// <summary>Called when memory was granted past the heap limit: the interpreter raises MemoryError next.</summary>
    public Action? Exhausted
    {
        get => budget.Exhausted;
        set => budget.Exhausted = value;
    }

    /// <summary>The heap limit in bytes: a request that would map memory past it fails (MemoryError).</summary>
    public long HeapLimit
    {
        get => budget.Limit;
        set => budget.Limit = value;
    }

    /// <summary>Bytes counted against the limit: mapped arenas plus live raw chunks.</summary>
    public long HeapBytesInUse => budget.Used;

    /// <summary>ntimes_arena_allocated.</summary>
    public long ArenasAllocatedTotal => pymalloc.NTimesArenaAllocated;

    /// <summary>narenas_currently_allocated.</summary>
    public long ArenasCurrentlyAllocated => pymalloc.NArenasCurrentlyAllocated;

    /// <summary>narenas_highwater.</summary>
    public long ArenasHighwater => pymalloc.NArenasHighwater;

    /// <summary>Arenas returned to the OS so far (ntimes_arena_allocated - narenas_currently_allocated).</summary>
    public long ArenasReclaimed => pymalloc.NTimesArenaAllocated - pymalloc.NArenasCurrentlyAllocated;

    /// <summary>raw_allocated_blocks: live blocks the object allocator got from the raw allocator.</summary>
    public long RawAllocatedBlocks { get; private set; }

    /// <summary>Models _Py_GetAllocatedBlocks (sys.getallocatedblocks()): pool blocks plus raw blocks.</summary>
    public long AllocatedBlocks => pymalloc.AllocatedBlocks + RawAllocatedBlocks;

    internal Pymalloc Pymalloc => pymalloc;

    /// <summary>Marks a pymalloc block as allocated by the interpreter's start-up (never freed).</summary>
    internal void MarkStartup(long address) => pymalloc.MarkStartup(address);

    /// <summary>
    /// Models _PyObject_Malloc: pymalloc_alloc, else PyMem_RawMalloc (also when no arena could be mapped).
    /// Throws <see cref="SimulatedMemoryExhausted"/> when neither fits under the heap limit.
    /// </summary>
    public long Malloc(int size)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        var address = pymalloc.Alloc(size);
        if (address != 0) return address;
        address = Raw.TryMalloc(size);
        if (address == 0) throw new SimulatedMemoryExhausted(Raw.ChunkSizeFor(size), budget.Limit);
        RawAllocatedBlocks++;
        return address;
    }

    /// <summary>Models _PyObject_Free: pymalloc_free, else PyMem_RawFree. Freeing 0 does nothing.</summary>
    public void Free(long address)
    {
        if (address == 0) return;
        if (pymalloc.Free(address)) return;
        Raw.Free(address);
        RawAllocatedBlocks--;
    }

    /// <summary>
    /// Models _PyObject_Realloc and pymalloc_realloc: a pymalloc block stays put if the new size fits its size
    /// class and does not shrink it by 25% or more (4 * newSize &gt; 3 * blockSize); otherwise a new block is
    /// allocated and the old one freed. Raw blocks are realloc'd by the raw allocator (never moved into pymalloc).
    /// On exhaustion the old block is left intact and <see cref="SimulatedMemoryExhausted"/> is thrown.
    /// </summary>
    public long Realloc(long address, int newSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(newSize);
        if (address == 0) return Malloc(newSize);
        var size = pymalloc.BlockSizeAt(address);
        if (size >= 0)
        {
            if (newSize <= size && 4L * newSize > 3L * size) return address;
            var fresh = Malloc(newSize);
            Free(address);
            return fresh;
        }
        var moved = Raw.TryRealloc(address, newSize);
        if (moved == 0) throw new SimulatedMemoryExhausted(Raw.ChunkSizeFor(newSize), budget.Limit);
        return moved;
    }

    /// <summary>The pymalloc size class serving <paramref name="size"/> bytes, or -1 if the raw allocator does.</summary>
    public int SizeClassOf(int size) => Profile.SizeClassOf(size);

    /// <summary>The size class of an allocated pymalloc block, or -1 for a raw block.</summary>
    public int SizeClassAt(long address) => pymalloc.SizeClassAt(address);

    /// <summary>Blocks currently allocated from pymalloc pools (free-list-held blocks included).</summary>
    public long PymallocAllocatedBlocks => pymalloc.AllocatedBlocks;

    /// <summary>Models address_in_range: the address lies in a currently mapped arena.</summary>
    public bool IsPymallocAddress(long address) => pymalloc.AddressInRange(address);

    /// <summary>Usable bytes of an allocated block: its size class's block size, or the raw chunk's payload.</summary>
    public int UsableSize(long address)
    {
        var size = pymalloc.BlockSizeAt(address);
        return size >= 0 ? size : Raw.ChunkSize(address) - Profile.RawChunkHeader;
    }

    /// <summary>Forgets every arena, chunk and free-list entry (no events are raised).</summary>
    public void Reset()
    {
        FreeLists.Forget();
        pymalloc.Reset();
        Raw.Reset();
        budget.Reset();
        RawAllocatedBlocks = 0;
    }

    /// <summary>An immutable picture of arenas, pools and blocks (cost: one pass over every carved pool).</summary>
    public PymallocSnapshot Snapshot()
    {
        var held = new List<long>(FreeLists.TotalCount);
        FreeLists.CollectHeld(held);
        var arenas = pymalloc.SnapshotArenas(held, out var bytesInUse);
        return new PymallocSnapshot(
            Profile.Name,
            arenas,
            pymalloc.UsableArenaOrder(),
            pymalloc.UsedPoolRings(),
            pymalloc.NTimesArenaAllocated,
            ArenasReclaimed,
            pymalloc.NArenasHighwater,
            pymalloc.NArenasCurrentlyAllocated,
            pymalloc.AllocatedBlocks,
            bytesInUse,
            FreeLists.TotalCount,
            Raw.LiveBlocks,
            Raw.LiveBytes);
    }
}
