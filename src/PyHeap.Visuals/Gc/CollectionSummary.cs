namespace PyHeap.Visuals.Gc;

/// <summary>One collection in a line: its number in the session, generation, automatic or explicit, and what it found.</summary>
public sealed record CollectionSummary(int Number, int Generation, bool Automatic, int Examined, int Unreachable, long Collected, long Uncollectable, int Promoted);
