namespace PyHeap.Language.Syntax;

/// <summary>ast.comprehension: one <c>for ... in ... if ...</c> clause.</summary>
public sealed record Comprehension(Expression Target, Expression Iter, IReadOnlyList<Expression> Ifs, SourceSpan Span) : Node(Span);
