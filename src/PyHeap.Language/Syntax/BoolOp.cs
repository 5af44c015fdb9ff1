namespace PyHeap.Language.Syntax;

/// <summary>ast.BoolOp: <c>a and b and c</c>.</summary>
public sealed record BoolOp(BoolOperator Op, IReadOnlyList<Expression> Values, SourceSpan Span) : Expression(Span);
