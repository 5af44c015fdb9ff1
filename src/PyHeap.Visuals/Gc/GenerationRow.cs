namespace PyHeap.Visuals.Gc;

/// <summary>One generation: its count against its threshold, the objects in its list, and gc.get_stats()'s totals.</summary>
public sealed record GenerationRow(int Generation, int Count, int Threshold, int Objects, long Collections, long Collected, long Uncollectable);
