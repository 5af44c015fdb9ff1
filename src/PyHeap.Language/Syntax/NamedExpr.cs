namespace PyHeap.Language.Syntax;

/// <summary>ast.NamedExpr: <c>(x := value)</c>.</summary>
public sealed record NamedExpr(Expression Target, Expression Value, SourceSpan Span) : Expression(Span);
