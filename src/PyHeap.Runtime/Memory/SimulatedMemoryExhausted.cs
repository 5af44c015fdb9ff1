namespace PyHeap.Runtime.Memory;

/// <summary>
/// The simulated process ran out of its heap budget (PyObject_Malloc returned NULL). The runtime turns this into
/// Python's MemoryError; the allocator's state is unchanged by the failed request.
/// </summary>
public sealed class SimulatedMemoryExhausted(long requested, long limit)
    : Exception($"simulated heap exhausted: {requested} more bytes requested, limit is {limit} bytes")
{
    /// <summary>Bytes the failed request would have added to the heap (an arena, or a raw chunk).</summary>
    public long Requested { get; } = requested;

    /// <summary>The heap limit in bytes.</summary>
    public long Limit { get; } = limit;
}
