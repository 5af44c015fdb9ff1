namespace PyHeap.Language.Syntax;

/// <summary>ast.Module: a whole program or cell.</summary>
public sealed record ModuleNode(IReadOnlyList<Statement> Body, SourceSpan Span) : Node(Span);
