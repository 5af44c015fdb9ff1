namespace PyHeap.Language.Syntax;

/// <summary>ast.Dict: a null key is a <c>**mapping</c> entry.</summary>
public sealed record DictDisplay(IReadOnlyList<Expression?> Keys, IReadOnlyList<Expression> Values, SourceSpan Span) : Expression(Span);
