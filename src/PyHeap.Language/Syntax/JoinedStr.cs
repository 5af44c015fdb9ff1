namespace PyHeap.Language.Syntax;

/// <summary>ast.JoinedStr: an f-string (Constant str parts and FormattedValue parts).</summary>
public sealed record JoinedStr(IReadOnlyList<Expression> Values, SourceSpan Span) : Expression(Span);
