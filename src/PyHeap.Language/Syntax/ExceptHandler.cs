namespace PyHeap.Language.Syntax;

/// <summary>ast.ExceptHandler.</summary>
public sealed record ExceptHandler(Expression? Type, string? Name, IReadOnlyList<Statement> Body, SourceSpan Span) : Node(Span);
