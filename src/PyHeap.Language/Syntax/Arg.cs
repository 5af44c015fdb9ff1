namespace PyHeap.Language.Syntax;

/// <summary>ast.arg.</summary>
public sealed record Arg(string Name, Expression? Annotation, SourceSpan Span) : Node(Span);
