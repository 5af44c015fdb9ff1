namespace PyHeap.Language.Syntax;

/// <summary>ast.Nonlocal.</summary>
public sealed record Nonlocal(IReadOnlyList<string> Names, SourceSpan Span) : Statement(Span);
