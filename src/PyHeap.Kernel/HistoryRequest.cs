namespace PyHeap.Kernel;

/// <summary>history_request's fields: <see cref="AccessType"/> is "tail", "range" or "search".</summary>
public sealed record HistoryRequest(string AccessType)
{
    public bool Output { get; init; }
    public int? N { get; init; }
    public int Session { get; init; }
    public int Start { get; init; }
    public int? Stop { get; init; }
    public string? Pattern { get; init; }
    public bool Unique { get; init; }
}
