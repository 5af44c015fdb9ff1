namespace PyHeap.Language.Syntax;

/// <summary>ast.ListComp.</summary>
public sealed record ListComp(Expression Elt, IReadOnlyList<Comprehension> Generators, SourceSpan Span) : Expression(Span);
