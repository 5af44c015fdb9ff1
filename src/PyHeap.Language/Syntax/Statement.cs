namespace PyHeap.Language.Syntax;

/// <summary>ast.stmt.</summary>
public abstract record Statement(SourceSpan Span) : Node(Span);
