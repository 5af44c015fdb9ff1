namespace PyHeap.Language.Syntax;

/// <summary>ast.Break.</summary>
public sealed record Break(SourceSpan Span) : Statement(Span);
