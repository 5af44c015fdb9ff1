namespace PyHeap.Runtime.Events;

/// <summary>What happened to an object.</summary>
public enum HeapEventKind : byte
{
    Allocated,
    RefCountChanged,
    Freed,
}
