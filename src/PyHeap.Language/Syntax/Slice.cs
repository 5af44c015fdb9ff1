namespace PyHeap.Language.Syntax;

/// <summary>ast.Slice (only inside a Subscript).</summary>
public sealed record Slice(Expression? Lower, Expression? Upper, Expression? Step, SourceSpan Span) : Expression(Span);
