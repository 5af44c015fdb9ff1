namespace PyHeap.Language.Syntax;

/// <summary>ast.AnnAssign: <c>a: int = 1</c>.</summary>
public sealed record AnnAssign(Expression Target, Expression Annotation, Expression? Value, bool Simple, SourceSpan Span) : Statement(Span);
