namespace PyHeap.Language.Syntax;

/// <summary>ast.With.</summary>
public sealed record With(IReadOnlyList<WithItem> Items, IReadOnlyList<Statement> Body, SourceSpan Span) : Statement(Span);
