namespace PyHeap.Runtime.Memory;

/// <summary>
/// The simulated process's memory limit, shared by the arenas and the raw (malloc) chunks. A request that
/// crosses the limit by at most <see cref="Overshoot"/> is still granted and <see cref="Exhausted"/> is
/// raised, so the program gets MemoryError at the next instruction boundary with every C# operation
/// complete (nothing leaks); a bigger request is refused at once.
/// </summary>
internal sealed class MemoryBudget(long limit)
{
    /// <summary>How far past the limit a request may go before it is refused outright (one arena).</summary>
    public const long Overshoot = 1L << 20;

    public long Limit { get; set; } = limit;

    public long Used { get; private set; }

    /// <summary>Called when a request crossed the limit (the interpreter schedules a MemoryError).</summary>
    public Action? Exhausted { get; set; }

    public bool TryReserve(long bytes)
    {
        if (bytes > Limit - Used)
        {
            if (bytes > Limit + Overshoot - Used) return false;
            Used += bytes;
            Exhausted?.Invoke();
            return true;
        }
        Used += bytes;
        return true;
    }

    public void Release(long bytes) => Used -= bytes;

    public void Reset() => Used = 0;
}
