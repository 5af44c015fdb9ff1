namespace PyHeap.Language.Syntax;

/// <summary>ast.Set.</summary>
public sealed record SetDisplay(IReadOnlyList<Expression> Elts, SourceSpan Span) : Expression(Span);
