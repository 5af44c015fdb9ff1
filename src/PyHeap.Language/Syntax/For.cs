namespace PyHeap.Language.Syntax;

/// <summary>ast.For.</summary>
public sealed record For(Expression Target, Expression Iter, IReadOnlyList<Statement> Body, IReadOnlyList<Statement> OrElse, SourceSpan Span) : Statement(Span);
