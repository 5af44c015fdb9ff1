namespace PyHeap.Language.Syntax;

/// <summary>ast.Import.</summary>
public sealed record Import(IReadOnlyList<Alias> Names, SourceSpan Span) : Statement(Span);
