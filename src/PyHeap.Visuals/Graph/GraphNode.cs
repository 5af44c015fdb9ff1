namespace PyHeap.Visuals.Graph;

/// <summary>An object in the graph (or, with <paramref name="IsName"/>, a name that roots it).</summary>
public sealed record GraphNode(string Id, string TypeName, string Repr, long RefCount, long Address, bool IsName, bool Immortal, bool Expanded)
{
    /// <summary>The strongly connected component (reference cycle) the object belongs to; -1 when it is in none.</summary>
    public int Cycle { get; init; } = -1;
}
