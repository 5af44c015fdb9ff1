namespace PyHeap.Language.Syntax;

/// <summary>ast.Global.</summary>
public sealed record Global(IReadOnlyList<string> Names, SourceSpan Span) : Statement(Span);
