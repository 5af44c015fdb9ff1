namespace PyHeap.Language.Syntax;

/// <summary>ast.Lambda.</summary>
public sealed record Lambda(Arguments Args, Expression Body, SourceSpan Span) : Expression(Span);
