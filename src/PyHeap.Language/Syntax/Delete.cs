namespace PyHeap.Language.Syntax;

/// <summary>ast.Delete: <c>del a, b[0], c.x</c>.</summary>
public sealed record Delete(IReadOnlyList<Expression> Targets, SourceSpan Span) : Statement(Span);
