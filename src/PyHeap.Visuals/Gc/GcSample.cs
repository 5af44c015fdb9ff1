namespace PyHeap.Visuals.Gc;

/// <summary>The three generation counts at one step of the timeline; <paramref name="Collection"/> is set on the sample taken right after a collection.</summary>
public sealed record GcSample(int Step, string Label, int[] Counts, CollectionSummary? Collection);
