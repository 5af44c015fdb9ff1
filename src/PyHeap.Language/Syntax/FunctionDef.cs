namespace PyHeap.Language.Syntax;

/// <summary>ast.FunctionDef: <c>def</c>.</summary>
public sealed record FunctionDef(string Name, Arguments Args, IReadOnlyList<Statement> Body, IReadOnlyList<Expression> DecoratorList, Expression? Returns, SourceSpan Span) : Statement(Span);
