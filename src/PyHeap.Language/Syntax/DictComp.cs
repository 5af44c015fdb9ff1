namespace PyHeap.Language.Syntax;

/// <summary>ast.DictComp.</summary>
public sealed record DictComp(Expression Key, Expression Value, IReadOnlyList<Comprehension> Generators, SourceSpan Span) : Expression(Span);
