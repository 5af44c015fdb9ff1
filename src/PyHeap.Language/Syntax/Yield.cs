namespace PyHeap.Language.Syntax;

/// <summary>ast.Yield.</summary>
public sealed record Yield(Expression? Value, SourceSpan Span) : Expression(Span);
