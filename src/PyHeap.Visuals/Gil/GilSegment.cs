namespace PyHeap.Visuals.Gil;

/// <summary>A stretch of one thread's lane in one state, [StartNs, EndNs) of simulated time; Detail names a blocking call.</summary>
public readonly record struct GilSegment(long ThreadId, GilLaneState State, long StartNs, long EndNs, string? Detail = null)
{
    public long LengthNs => EndNs - StartNs;
}
