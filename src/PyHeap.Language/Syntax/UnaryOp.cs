namespace PyHeap.Language.Syntax;

/// <summary>ast.UnaryOp.</summary>
public sealed record UnaryOp(UnaryOperator Op, Expression Operand, SourceSpan Span) : Expression(Span);
