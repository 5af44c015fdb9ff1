namespace PyHeap.Language.Syntax;

/// <summary>ast.ImportFrom.</summary>
public sealed record ImportFrom(string? Module, IReadOnlyList<Alias> Names, int Level, SourceSpan Span) : Statement(Span);
