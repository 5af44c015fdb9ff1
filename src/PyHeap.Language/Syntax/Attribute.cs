namespace PyHeap.Language.Syntax;

/// <summary>ast.Attribute.</summary>
public sealed record Attribute(Expression Value, string Attr, ExprContext Ctx, SourceSpan Span) : Expression(Span);
