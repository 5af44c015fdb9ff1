namespace PyHeap.Kernel;

/// <summary>complete_reply: the matches and the span of the code they replace.</summary>
public sealed record CompletionResult(IReadOnlyList<string> Matches, int CursorStart, int CursorEnd);
