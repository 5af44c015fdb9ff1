namespace PyHeap.Language.Syntax;

/// <summary>ast.Assign: <c>a = b = value</c> (Targets in source order).</summary>
public sealed record Assign(IReadOnlyList<Expression> Targets, Expression Value, SourceSpan Span) : Statement(Span);
