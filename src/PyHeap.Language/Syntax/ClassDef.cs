namespace PyHeap.Language.Syntax;

/// <summary>ast.ClassDef: <c>class</c>.</summary>
public sealed record ClassDef(string Name, IReadOnlyList<Expression> Bases, IReadOnlyList<Keyword> Keywords, IReadOnlyList<Statement> Body, IReadOnlyList<Expression> DecoratorList, SourceSpan Span) : Statement(Span);
