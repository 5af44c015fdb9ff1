namespace PyHeap.Language.Syntax;

/// <summary>ast.Tuple.</summary>
public sealed record TupleDisplay(IReadOnlyList<Expression> Elts, ExprContext Ctx, SourceSpan Span) : Expression(Span);
