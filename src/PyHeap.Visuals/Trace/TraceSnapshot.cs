namespace PyHeap.Visuals.Trace;

/// <summary>What a trace found: the objects it follows (capped), how many more it left out, and how many events the bounded recorder dropped.</summary>
public sealed record TraceSnapshot(IReadOnlyList<TracedObject> Objects, int OmittedObjects, long DroppedEvents, int TotalEvents);
