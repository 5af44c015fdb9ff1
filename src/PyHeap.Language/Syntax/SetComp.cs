namespace PyHeap.Language.Syntax;

/// <summary>ast.SetComp.</summary>
public sealed record SetComp(Expression Elt, IReadOnlyList<Comprehension> Generators, SourceSpan Span) : Expression(Span);
