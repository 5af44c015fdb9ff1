namespace PyHeap.Language.Syntax;

/// <summary>ast.GeneratorExp.</summary>
public sealed record GeneratorExp(Expression Elt, IReadOnlyList<Comprehension> Generators, SourceSpan Span) : Expression(Span);
