namespace PyHeap.Language.Syntax;

/// <summary>ast.expr.</summary>
public abstract record Expression(SourceSpan Span) : Node(Span);
