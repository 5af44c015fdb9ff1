namespace PyHeap.Runtime.Memory;

/// <summary>
/// A deterministic model of the C library's malloc behind PyMem_RawMalloc (it is not glibc's algorithm): every
/// chunk has a 16-byte header and a 16-byte-aligned payload rounded up to 16 bytes; a freed chunk goes to a LIFO
/// bin of its exact chunk size and is the first reused for that size (like glibc's tcache); otherwise the heap
/// top is bumped upward from <see cref="MemoryProfile.RawHeapBase"/>. realloc stays in place when the chunk is
/// big enough or is the topmost chunk. Requests of 0 bytes are served as 1 byte, as _PyMem_RawMalloc does.
/// </summary>
public sealed class RawAllocator
{
    private readonly MemoryProfile profile;
    private readonly MemoryBudget budget;
    private readonly Dictionary<long, int> liveChunks = new();
    private readonly Dictionary<int, Stack<long>> bins = new();
    private long top;

    internal RawAllocator(MemoryProfile profile, MemoryBudget budget)
    {
        this.profile = profile;
        this.budget = budget;
        top = profile.RawHeapBase;
    }

    internal IAllocatorObserver? Observer;

    /// <summary>Chunks currently allocated.</summary>
    public int LiveBlocks => liveChunks.Count;

    /// <summary>Bytes of the chunks currently allocated (headers included); counted against the heap limit.</summary>
    public long LiveBytes { get; private set; }

    /// <summary>The heap top: the end of the highest chunk ever carved.</summary>
    public long Top => top;

    /// <summary>True if <paramref name="address"/> is a live chunk of this allocator.</summary>
    public bool Contains(long address) => liveChunks.ContainsKey(address);

    /// <summary>The chunk size (header included) of a live chunk.</summary>
    public int ChunkSize(long address) =>
        liveChunks.TryGetValue(address, out var size) ? size : throw new SimulatorBugException($"0x{address:x} is not a raw chunk");

    /// <summary>Chunk size for a request: header + payload rounded up to the alignment.</summary>
    public int ChunkSizeFor(int size)
    {
        var payload = Math.Max(size, 1);
        var mask = profile.Alignment - 1;
        return profile.RawChunkHeader + ((payload + mask) & ~mask);
    }

    /// <summary>malloc: the payload address, or 0 if the heap limit does not allow the chunk.</summary>
    internal long TryMalloc(int size)
    {
        var chunk = ChunkSizeFor(size);
        if (!budget.TryReserve(chunk)) return 0;
        long address;
        if (bins.TryGetValue(chunk, out var bin) && bin.Count > 0)
        {
            address = bin.Pop();
        }
        else
        {
            address = top + profile.RawChunkHeader;
            top += chunk;
        }
        liveChunks.Add(address, chunk);
        LiveBytes += chunk;
        Observer?.RawAllocated(address, size);
        return address;
    }

    /// <summary>free.</summary>
    internal void Free(long address)
    {
        if (!liveChunks.Remove(address, out var chunk))
            throw new SimulatorBugException($"free of 0x{address:x}: not an allocated block (double free?)");
        budget.Release(chunk);
        LiveBytes -= chunk;
        if (!bins.TryGetValue(chunk, out var bin)) bins[chunk] = bin = new Stack<long>();
        bin.Push(address);
        Observer?.RawFreed(address);
    }

    /// <summary>realloc: the new address, or 0 (old chunk untouched) if the heap limit does not allow it.</summary>
    internal long TryRealloc(long address, int newSize)
    {
        var oldChunk = ChunkSize(address);
        var newChunk = ChunkSizeFor(newSize);
        if (newChunk <= oldChunk) return address;
        if (address - profile.RawChunkHeader + oldChunk == top)
        {
            // The topmost chunk grows into the top of the heap.
            if (!budget.TryReserve(newChunk - oldChunk)) return 0;
            top += newChunk - oldChunk;
            liveChunks[address] = newChunk;
            LiveBytes += newChunk - oldChunk;
            return address;
        }
        var fresh = TryMalloc(newSize);
        if (fresh == 0) return 0;
        Free(address);
        return fresh;
    }

    internal void Reset()
    {
        budget.Release(LiveBytes);
        liveChunks.Clear();
        bins.Clear();
        LiveBytes = 0;
        top = profile.RawHeapBase;
    }
}
