namespace PyHeap.Language.Syntax;

/// <summary>ast.Pass.</summary>
public sealed record Pass(SourceSpan Span) : Statement(Span);
