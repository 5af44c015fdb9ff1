namespace PyHeap.Runtime.Threading;

/// <summary>One entry of the GIL timeline, stamped with simulated time (ns since the interpreter started).</summary>
public readonly record struct GilEvent(long TimeNs, GilEventKind Kind, long ThreadId, long OtherThreadId, GilCause Cause)
{
    /// <summary>For <see cref="GilEventKind.ThreadBlocked"/>: the blocking call (<c>time.sleep()</c>, <c>Thread.join()</c> …).</summary>
    public string? Detail { get; init; }
}
