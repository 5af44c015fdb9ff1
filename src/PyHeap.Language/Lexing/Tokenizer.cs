namespace PyHeap.Language.Lexing;

using PyHeap.Language.Syntax;

/// <summary>
/// Turns Python source into tokens the way CPython 3.11's C tokenizer does: INDENT/DEDENT from leading
/// whitespace (tab stops of 8), NEWLINE only at the end of a logical line outside brackets, comments and blank
/// lines skipped, backslash continuation. A lexical error ends the list with an <see cref="TokenKind.Error"/> token.
/// </summary>
public sealed partial class Tokenizer
{
    private const int TabSize = 8;

    private readonly string src;
    private readonly string fileName;
    private readonly IReadOnlyList<string> lines;
    private readonly List<Token> tokens = [];
    private readonly List<int> indents = [0];
    private readonly List<int> altIndents = [0];
    private readonly List<(char Ch, int Line, int Col)> brackets = [];
    private readonly int baseLine;
    private readonly int baseCol;

    // Set for f-string replacement fields, which CPython parses inside implicit parentheses.
    private readonly bool insideBrackets;
    private int pos;
    private int line;
    private int lineStart;
    private bool lineHasTokens;

    // The pending error is one CPython reports only when the parser reaches it (E_EOF, E_LINECONT, E_DEDENT,
    // E_TABSPACE), so it does not override an earlier generic "invalid syntax".
    private bool atEof;

    // Column of a comment ending the file, where the implicit final NEWLINE starts.
    private int eofNewlineCol = -1;

    public Tokenizer(string source, string fileName = "<string>")
        : this(Normalize(source), fileName, 1, 0, false, null)
    {
    }

    /// <summary>For an f-string expression: the text starts at (startLine, startCol) of the real file.</summary>
    internal Tokenizer(string source, string fileName, int startLine, int startCol, bool insideBrackets, IReadOnlyList<string>? sourceLines)
    {
        src = source;
        this.fileName = fileName;
        baseLine = startLine;
        baseCol = startCol;
        this.insideBrackets = insideBrackets;
        line = startLine;
        lines = sourceLines ?? source.Split('\n');
    }

    public IReadOnlyList<string> Lines => lines;

    /// <summary>Universal newlines, as CPython reads source.</summary>
    public static string Normalize(string source) =>
        source.Contains('\r') ? source.Replace("\r\n", "\n").Replace('\r', '\n') : source;

    public List<Token> Tokenize()
    {
        try
        {
            Run();
        }
        catch (PySyntaxError e)
        {
            tokens.Add(new Token(TokenKind.Error, atEof ? "eof" : "", new SourceSpan(e.Line, e.Column, e.Line, e.Column)) { Error = e, Level = brackets.Count });
        }
        return tokens;
    }

    internal string? SourceLine(int lineNo) => lineNo >= 1 && lineNo <= lines.Count ? lines[lineNo - 1] : null;

    internal PySyntaxError Error(string message, int errLine, int col, string kind = "SyntaxError", int endCol = 0) =>
        new(message, fileName, errLine, col, SourceLine(errLine), kind, errLine, endCol);

    private int Col(int p) => p - lineStart + (line == baseLine ? baseCol : 0);

    private char At(int p) => p < src.Length ? src[p] : '\0';

    private void NewLineAt(int p)
    {
        line++;
        lineStart = p;
    }

    private void Add(TokenKind kind, int start, int startLine, int startCol, string? normalized = null)
    {
        var text = normalized ?? src.Substring(start, pos - start);
        tokens.Add(new Token(kind, text, new SourceSpan(startLine, startCol, line, Col(pos))) { Level = brackets.Count + (insideBrackets ? 1 : 0) });
        lineHasTokens = true;
    }

    private void Run()
    {
        bool atLineStart = !insideBrackets;
        while (true)
        {
            if (atLineStart)
            {
                atLineStart = false;
                if (ReadIndentation())
                {
                    atLineStart = true;
                    continue;
                }
            }
            while (pos < src.Length && src[pos] is ' ' or '\t' or '\f') pos++;
            if (pos >= src.Length) break;
            char c = src[pos];
            int newlineCol = Col(pos);
            if (c == '#')
            {
                // CPython's NEWLINE token after a comment starts at the '#'.
                while (pos < src.Length && src[pos] != '\n') pos++;
                if (pos >= src.Length)
                {
                    eofNewlineCol = newlineCol;
                    break;
                }
                c = '\n';
            }
            if (c == '\n')
            {
                bool significant = brackets.Count == 0 && !insideBrackets;
                if (significant && lineHasTokens)
                {
                    int col = newlineCol;
                    tokens.Add(new Token(TokenKind.Newline, "\n", new SourceSpan(line, col, line, col + 1)));
                    lineHasTokens = false;
                }
                pos++;
                NewLineAt(pos);
                atLineStart = significant;
                continue;
            }
            if (c == '\\')
            {
                ReadContinuation();
                continue;
            }
            if (IsIdentifierStart(c))
            {
                ReadNameOrString();
                continue;
            }
            if (char.IsAsciiDigit(c) || (c == '.' && char.IsAsciiDigit(At(pos + 1))))
            {
                ReadNumber();
                continue;
            }
            if (c is '\'' or '"')
            {
                ReadString(pos);
                continue;
            }
            ReadOperator();
        }
        Finish();
    }

    private void ReadContinuation()
    {
        int start = pos;
        pos++;
        if (pos >= src.Length)
        {
            atEof = true;
            throw Error("unexpected EOF while parsing", line, Col(pos));
        }
        if (src[pos] != '\n')
        {
            atEof = true;
            throw Error("unexpected character after line continuation character", line, Col(start) + 1);
        }
        pos++;
        NewLineAt(pos);
        if (pos >= src.Length)
        {
            // CPython reports the EOF at the end of the line holding the backslash.
            line--;
            atEof = true;
            throw Error("unexpected EOF while parsing", line, SourceLine(line)?.Length ?? 0);
        }
    }

    private void Finish()
    {
        if (brackets.Count > 0 && !insideBrackets)
        {
            var (ch, bLine, bCol) = brackets[^1];
            atEof = true;
            throw Error($"'{ch}' was never closed", bLine, bCol);
        }
        // EOF tokens sit at the end of the last line, where CPython reports errors found at EOF.
        int endLine = line, endCol = Col(pos);
        if (endCol == 0 && line > baseLine)
        {
            endLine = line - 1;
            endCol = SourceLine(endLine)?.Length ?? 0;
        }
        if (lineHasTokens && !insideBrackets)
        {
            int col = eofNewlineCol >= 0 ? eofNewlineCol : endCol;
            tokens.Add(new Token(TokenKind.Newline, "", new SourceSpan(endLine, col, endLine, col + 1)));
        }
        for (int i = indents.Count - 1; i > 0; i--)
        {
            tokens.Add(new Token(TokenKind.Dedent, "", new SourceSpan(endLine, endCol, endLine, endCol)));
        }
        tokens.Add(new Token(TokenKind.EndMarker, "", new SourceSpan(endLine, endCol, endLine, endCol)));
    }

    /// <summary>CPython's is_potential_identifier_start: every non-ASCII char joins a name, which
    /// <see cref="VerifyIdentifier"/> then checks against XID_Start/XID_Continue.</summary>
    private static bool IsIdentifierStart(char c) => c == '_' || char.IsAsciiLetter(c) || c >= 128;

    private static bool IsIdentifierChar(char c) => IsIdentifierStart(c) || char.IsAsciiDigit(c);
}
