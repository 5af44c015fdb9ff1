namespace PyHeap.Kernel;

/// <summary>One history_reply item: (session, line number, input) and the output's text when asked for.</summary>
public sealed record HistoryEntry(int Session, int Line, string Input, string? Output);
