namespace PyHeap.Language.Lexing;

/// <summary>The token types the parser needs (CPython's NAME, NUMBER, STRING, OP, NEWLINE, INDENT, DEDENT, ENDMARKER, ERRORTOKEN).</summary>
public enum TokenKind
{
    Name,
    Number,
    String,
    Op,
    Newline,
    Indent,
    Dedent,
    EndMarker,

    /// <summary>A lexical error; the parser raises <see cref="Token.Error"/> when it reaches this token,
    /// so (as in CPython) an earlier syntax error wins.</summary>
    Error,
}
