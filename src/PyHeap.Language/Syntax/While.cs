namespace PyHeap.Language.Syntax;

/// <summary>ast.While.</summary>
public sealed record While(Expression Test, IReadOnlyList<Statement> Body, IReadOnlyList<Statement> OrElse, SourceSpan Span) : Statement(Span);
