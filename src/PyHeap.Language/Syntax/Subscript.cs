namespace PyHeap.Language.Syntax;

/// <summary>ast.Subscript.</summary>
public sealed record Subscript(Expression Value, Expression Slice, ExprContext Ctx, SourceSpan Span) : Expression(Span);
