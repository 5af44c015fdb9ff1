namespace PyHeap.Language.Syntax;

/// <summary>ast.Constant.</summary>
public sealed record Constant(ConstantValue Value, SourceSpan Span) : Expression(Span);
