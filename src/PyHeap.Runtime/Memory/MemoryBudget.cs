namespace PyHeap.Runtime.Memory;

/// <summary>The simulated process's memory limit, shared by the arenas and the raw (malloc) chunks.</summary>
internal sealed class MemoryBudget(long limit)
{
    public long Limit { get; } = limit;

    public long Used { get; private set; }

    public bool TryReserve(long bytes)
    {
        if (bytes > Limit - Used) return false;
        Used += bytes;
        return true;
    }

    public void Release(long bytes) => Used -= bytes;

    public void Reset() => Used = 0;
}
