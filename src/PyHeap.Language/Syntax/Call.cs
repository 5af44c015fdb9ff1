namespace PyHeap.Language.Syntax;

/// <summary>ast.Call (a Starred arg is <c>*iterable</c>; a keyword with null Arg is <c>**mapping</c>).</summary>
public sealed record Call(Expression Func, IReadOnlyList<Expression> Args, IReadOnlyList<Keyword> Keywords, SourceSpan Span) : Expression(Span);
