namespace PyHeap.Language.Syntax;

/// <summary>ast.Assert.</summary>
public sealed record Assert(Expression Test, Expression? Msg, SourceSpan Span) : Statement(Span);
