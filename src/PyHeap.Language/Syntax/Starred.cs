namespace PyHeap.Language.Syntax;

/// <summary>ast.Starred.</summary>
public sealed record Starred(Expression Value, ExprContext Ctx, SourceSpan Span) : Expression(Span);
