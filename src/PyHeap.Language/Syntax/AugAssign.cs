namespace PyHeap.Language.Syntax;

/// <summary>ast.AugAssign: <c>a += 1</c>.</summary>
public sealed record AugAssign(Expression Target, BinaryOperator Op, Expression Value, SourceSpan Span) : Statement(Span);
