namespace PyHeap.Visuals.Trace;

/// <summary>An object followed by a trace: its label (the first name it was seen under), type, address, and its steps in order.</summary>
public sealed record TracedObject(string Label, string TypeName, long Address, IReadOnlyList<TraceStep> Steps)
{
    public bool FreedInTrace => Steps.Count > 0 && Steps[^1].Freed;
}
