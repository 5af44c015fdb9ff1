namespace PyHeap.Language.Syntax;

/// <summary>ast.keyword (null Arg: <c>**mapping</c>).</summary>
public sealed record Keyword(string? Arg, Expression Value, SourceSpan Span) : Node(Span);
