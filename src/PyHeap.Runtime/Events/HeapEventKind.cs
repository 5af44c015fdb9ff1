namespace PyHeap.Runtime.Events;

/// <summary>What happened to an object.</summary>
public enum HeapEventKind : byte
{
    Allocated,
    RefCountChanged,
    Freed,

    /// <summary>A collection began (<see cref="HeapEvent.Collection"/>: generation, counts before, objects examined).</summary>
    GcStarted,

    /// <summary>A collection ended (<see cref="HeapEvent.Collection"/>: the full report).</summary>
    GcFinished,
}
