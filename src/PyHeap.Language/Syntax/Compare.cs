namespace PyHeap.Language.Syntax;

/// <summary>ast.Compare: a comparison chain.</summary>
public sealed record Compare(Expression Left, IReadOnlyList<CompareOperator> Ops, IReadOnlyList<Expression> Comparators, SourceSpan Span) : Expression(Span);
