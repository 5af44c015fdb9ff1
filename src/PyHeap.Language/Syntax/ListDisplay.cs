namespace PyHeap.Language.Syntax;

/// <summary>ast.List.</summary>
public sealed record ListDisplay(IReadOnlyList<Expression> Elts, ExprContext Ctx, SourceSpan Span) : Expression(Span);
