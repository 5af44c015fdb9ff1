namespace PyHeap.Language.Syntax;

/// <summary>A syntax-tree node. Trees are immutable and mirror CPython 3.11's <c>ast</c> module node for node,
/// so a parse can be compared with <c>ast.dump</c>.</summary>
public abstract record Node(SourceSpan Span);
