namespace PyHeap.Visuals.Trace;

/// <summary>One refcount change of a traced object: where (line and source), what the instruction did, who holds or lets go, by how much, and the count after.</summary>
public sealed record TraceStep(long Sequence, int Line, string Source, string Operation, string Holder, int Delta, long NewCount, bool Freed);
