namespace PyHeap.Language.Syntax;

/// <summary>ast.If (an elif is an If alone in OrElse).</summary>
public sealed record If(Expression Test, IReadOnlyList<Statement> Body, IReadOnlyList<Statement> OrElse, SourceSpan Span) : Statement(Span);
