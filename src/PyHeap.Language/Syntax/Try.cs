namespace PyHeap.Language.Syntax;

/// <summary>ast.Try.</summary>
public sealed record Try(IReadOnlyList<Statement> Body, IReadOnlyList<ExceptHandler> Handlers, IReadOnlyList<Statement> OrElse, IReadOnlyList<Statement> FinalBody, SourceSpan Span) : Statement(Span);
