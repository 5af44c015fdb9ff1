namespace PyHeap.Language.Syntax;

/// <summary>ast.Return.</summary>
public sealed record Return(Expression? Value, SourceSpan Span) : Statement(Span);
