namespace PyHeap.Language.Syntax;

/// <summary>ast.withitem. Span is unused (None).</summary>
public sealed record WithItem(Expression ContextExpr, Expression? OptionalVars, SourceSpan Span) : Node(Span);
