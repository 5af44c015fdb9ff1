namespace PyHeap.Language.Syntax;

/// <summary>ast.Raise.</summary>
public sealed record Raise(Expression? Exc, Expression? Cause, SourceSpan Span) : Statement(Span);
