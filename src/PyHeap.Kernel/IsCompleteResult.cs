namespace PyHeap.Kernel;

/// <summary>is_complete_reply: <c>complete</c>, <c>incomplete</c> (with the indent for the next line) or <c>invalid</c>.</summary>
public sealed record IsCompleteResult(string Status, string Indent = "");
