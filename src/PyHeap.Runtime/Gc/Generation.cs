namespace PyHeap.Runtime.Gc;

/// <summary>struct gc_generation: a list of tracked objects, its threshold and its count.</summary>
public sealed class Generation
{
    internal Generation(int threshold)
    {
        Threshold = threshold;
    }

    internal GcListHead Head { get; } = new();

    /// <summary>For generation 0: GC allocations minus deallocations since the last collection; for the others:
    /// collections of the next younger generation since this one was last collected.</summary>
    public int Count { get; internal set; }

    public int Threshold { get; internal set; }

    /// <summary>How many objects are linked into it now (gc_list_size).</summary>
    public int Size => GcList.Size(Head);
}
