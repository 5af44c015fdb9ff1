namespace PyHeap.Language.Syntax;

/// <summary>ast.BinOp.</summary>
public sealed record BinOp(Expression Left, BinaryOperator Op, Expression Right, SourceSpan Span) : Expression(Span);
