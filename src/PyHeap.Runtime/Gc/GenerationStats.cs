namespace PyHeap.Runtime.Gc;

/// <summary>struct gc_generation_stats: what gc.get_stats() reports per generation.</summary>
public sealed class GenerationStats
{
    public long Collections { get; internal set; }
    public long Collected { get; internal set; }
    public long Uncollectable { get; internal set; }
}
