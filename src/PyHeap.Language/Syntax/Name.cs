namespace PyHeap.Language.Syntax;

/// <summary>ast.Name.</summary>
public sealed record Name(string Id, ExprContext Ctx, SourceSpan Span) : Expression(Span);
