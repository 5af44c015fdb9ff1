namespace PyHeap.Language.Syntax;

/// <summary>ast.FormattedValue: one <c>{...}</c> of an f-string; Conversion is -1 or the char code of s, r, a.</summary>
public sealed record FormattedValue(Expression Value, int Conversion, Expression? FormatSpec, SourceSpan Span) : Expression(Span);
