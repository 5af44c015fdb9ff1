namespace PyHeap.Language.Syntax;

/// <summary>ast.IfExp: <c>body if test else orelse</c>.</summary>
public sealed record IfExp(Expression Test, Expression Body, Expression OrElse, SourceSpan Span) : Expression(Span);
