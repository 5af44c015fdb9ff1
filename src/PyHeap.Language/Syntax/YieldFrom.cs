namespace PyHeap.Language.Syntax;

/// <summary>ast.YieldFrom.</summary>
public sealed record YieldFrom(Expression Value, SourceSpan Span) : Expression(Span);
