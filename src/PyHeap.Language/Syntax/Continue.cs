namespace PyHeap.Language.Syntax;

/// <summary>ast.Continue.</summary>
public sealed record Continue(SourceSpan Span) : Statement(Span);
