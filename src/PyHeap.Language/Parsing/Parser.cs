namespace PyHeap.Language.Parsing;

using PyHeap.Language.Lexing;
using PyHeap.Language.Syntax;

/// <summary>
/// A hand-written recursive-descent parser for the Python 3.11 subset PyHeap runs. It follows the rules of
/// CPython's PEG grammar (Grammar/python.gram), builds the same tree as <c>ast.parse</c> with the same positions,
/// and reports the common syntax errors with CPython's messages and locations.
/// </summary>
public sealed partial class Parser
{
    private static readonly HashSet<string> Keywords =
    [
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
        "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
        "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    ];

    private readonly List<Token> toks;
    private readonly string fileName;
    private readonly IReadOnlyList<string> lines;

    // Set while parsing an f-string replacement field, whose errors CPython prefixes with "f-string: ".
    private readonly bool inFString;
    private int p;

    // The furthest token read (CPython's p->fill - 1), which decides some error priorities.
    private int furthest;

    // Dict keys after the first are memoised by CPython's first pass, so they never report a missing comma.
    private bool suppressCommaCheck;

    private readonly HashSet<PySyntaxError> generic = new(ReferenceEqualityComparer.Instance);

    // End of the last consumed token that is not NEWLINE/INDENT/DEDENT: where a node built now ends.
    private SourceSpan last;

    private Parser(List<Token> tokens, string fileName, IReadOnlyList<string> lines, bool inFString)
    {
        toks = tokens;
        this.fileName = fileName;
        this.lines = lines;
        this.inFString = inFString;
    }

    /// <summary>Parses a whole module (a file or a cell) and returns its tree; throws <see cref="PySyntaxError"/>.</summary>
    public static ModuleNode ParseModule(string source, string fileName = "<string>")
    {
        var tokenizer = new Tokenizer(source, fileName);
        var parser = new Parser(tokenizer.Tokenize(), fileName, tokenizer.Lines, false);
        try
        {
            return parser.ParseFile();
        }
        catch (PySyntaxError e)
        {
            throw parser.RefineError(e);
        }
    }

    /// <summary>
    /// Parses eval()'s input (the grammar's <c>eval: expressions NEWLINE* ENDMARKER</c>) as a module of one expression
    /// statement; anything after the expression is a syntax error at that token.
    /// </summary>
    public static ModuleNode ParseEvalInput(string source, string fileName = "<string>")
    {
        var tokenizer = new Tokenizer(source, fileName);
        var parser = new Parser(tokenizer.Tokenize(), fileName, tokenizer.Lines, false);
        try
        {
            // Nothing to evaluate: CPython reports the end of the input, on line 0 for an empty string.
            if (parser.Peek().Kind is TokenKind.EndMarker or TokenKind.Newline)
            {
                var line = source.Length == 0 ? 0 : Math.Max(parser.Peek().Span.Line, 1);
                var raw = source.Split('\n');
                var text = line == 0 ? "" : raw[line - 1] + (line < raw.Length ? "\n" : "");
                throw new PySyntaxError("invalid syntax", fileName, line, -1, text);
            }
            var e = parser.ParseStarExpressions();
            while (parser.Peek().Kind == TokenKind.Newline) parser.Next();
            if (parser.Peek().Kind != TokenKind.EndMarker) throw parser.InvalidSyntax();
            return new ModuleNode([new ExprStatement(e, e.Span)], SourceSpan.None);
        }
        catch (PySyntaxError e)
        {
            throw parser.RefineError(e);
        }
    }

    private ModuleNode ParseFile()
    {
        var body = new List<Statement>();
        while (Peek().Kind != TokenKind.EndMarker)
        {
            ParseStatement(body);
        }
        return new ModuleNode(body, SourceSpan.None);
    }

    // ----- token access -----

    private Token Peek()
    {
        if (p > furthest) furthest = p;
        var t = toks[p];
        if (t.Kind == TokenKind.Error) throw t.Error!;
        return t;
    }

    private Token PeekAt(int k)
    {
        int i = Math.Min(p + k, toks.Count - 1);
        if (i > furthest) furthest = i;
        var t = toks[i];
        if (t.Kind == TokenKind.Error) throw t.Error!;
        return t;
    }

    private Token Next()
    {
        var t = Peek();
        if (t.Kind is not (TokenKind.Newline or TokenKind.Indent or TokenKind.Dedent or TokenKind.EndMarker)) last = t.Span;
        if (t.Kind != TokenKind.EndMarker) p++;
        return t;
    }

    private bool AtOp(string op) => Peek().IsOp(op);

    private bool AtKeyword(string kw) => Peek().IsName(kw);

    private bool TryOp(string op)
    {
        if (!AtOp(op)) return false;
        Next();
        return true;
    }

    private bool TryKeyword(string kw)
    {
        if (!AtKeyword(kw)) return false;
        Next();
        return true;
    }

    private Token ExpectOp(string op)
    {
        if (!AtOp(op)) throw InvalidSyntax();
        return Next();
    }

    private Token ExpectKeyword(string kw)
    {
        if (!AtKeyword(kw)) throw InvalidSyntax();
        return Next();
    }

    /// <summary>A forced token (CPython's <c>&amp;&amp;':'</c>): anything else is "expected ':'".</summary>
    private void ExpectForced(string op)
    {
        if (!AtOp(op)) throw ErrorAt(Peek().Span, $"expected '{op}'");
        Next();
    }

    private bool AtName => Peek().Kind == TokenKind.Name && !Keywords.Contains(Peek().Text);

    private static bool IsKeyword(string text) => Keywords.Contains(text);

    private string ExpectName()
    {
        if (!AtName) throw InvalidSyntax();
        return Next().Text;
    }

    /// <summary>The span from <paramref name="start"/> to the end of the last consumed token (CPython's EXTRA).</summary>
    private SourceSpan From(SourceSpan start) => new(start.Line, start.Column, last.EndLine, last.EndColumn);
}
