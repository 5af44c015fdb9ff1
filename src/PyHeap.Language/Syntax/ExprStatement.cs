namespace PyHeap.Language.Syntax;

/// <summary>ast.Expr: an expression used as a statement.</summary>
public sealed record ExprStatement(Expression Value, SourceSpan Span) : Statement(Span);
