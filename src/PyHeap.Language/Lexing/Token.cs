namespace PyHeap.Language.Lexing;

using PyHeap.Language.Syntax;

/// <summary>One token. Text is the exact source text (for strings: prefix and quotes included).</summary>
public sealed class Token(TokenKind kind, string text, SourceSpan span)
{
    public TokenKind Kind { get; } = kind;
    public string Text { get; } = text;
    public SourceSpan Span { get; } = span;

    /// <summary>Bracket nesting depth at this token (CPython's tok->level); 0 at statement level.</summary>
    public int Level { get; init; }

    /// <summary>The error to raise, for <see cref="TokenKind.Error"/> tokens.</summary>
    public PySyntaxError? Error { get; init; }

    public bool IsOp(string op) => Kind == TokenKind.Op && Text == op;

    public bool IsName(string name) => Kind == TokenKind.Name && Text == name;

    public override string ToString() => $"{Kind} '{Text}' {Span.Line}:{Span.Column}";
}
