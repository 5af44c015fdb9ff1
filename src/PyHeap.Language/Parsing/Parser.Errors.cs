namespace PyHeap.Language.Parsing;

using PyHeap.Language.Lexing;
using PyHeap.Language.Syntax;

public sealed partial class Parser
{
    private PySyntaxError ErrorAt(SourceSpan at, string message, string kind = "SyntaxError")
    {
        if (inFString) message = "f-string: " + message;
        string? sourceLine = at.Line >= 1 && at.Line <= lines.Count ? lines[at.Line - 1] : null;
        return new PySyntaxError(message, fileName, at.Line, at.Column, sourceLine, kind, at.EndLine, at.EndColumn);
    }

    /// <summary>The generic error at the current token, refined the way CPython's _PyPegen_set_syntax_error does.</summary>
    private PySyntaxError InvalidSyntax()
    {
        var t = Peek();
        if (t.Kind == TokenKind.Indent)
        {
            int col = Math.Max(t.Span.EndColumn - 1, 0);
            return ErrorAt(new SourceSpan(t.Span.Line, col, t.Span.Line, col), "unexpected indent", "IndentationError");
        }
        if (t.Kind == TokenKind.Dedent)
        {
            return ErrorAt(t.Span, "unexpected unindent", "IndentationError");
        }
        var error = ErrorAt(t.Span, "invalid syntax");
        generic.Add(error);
        return error;
    }

    /// <summary>A plain "invalid syntax" (a failed alternative, which CPython backtracks over) as opposed to a
    /// specific message (which CPython raises at once).</summary>
    private bool IsGeneric(PySyntaxError e) => generic.Contains(e);

    /// <summary>CPython's _PyPegen_tokenize_full_source_to_check_for_errors: after a parser error, a tokenizer
    /// error later in the file wins, and so does an unclosed bracket opened before the line the parser reached.</summary>
    private PySyntaxError RefineError(PySyntaxError e)
    {
        var tail = toks[^1];
        if (tail.Kind != TokenKind.Error || ReferenceEquals(e, tail.Error)) return e;
        // CPython reports a stray INDENT/DEDENT before it looks at the rest of the file.
        if (e.Message is "unexpected indent" or "unexpected unindent") return e;
        if (tail.Text != "eof") return tail.Error!;
        bool unclosed = tail.Error!.Message.EndsWith("was never closed", StringComparison.Ordinal);
        return unclosed && toks[furthest].Span.Line > tail.Error.Line ? tail.Error : e;
    }

    /// <summary>Errors from the tokenizer are raised as soon as the token is read, even while trying an
    /// alternative, as in CPython; only parser errors may be backtracked over.</summary>
    private bool IsTokenizerError(PySyntaxError e) => toks[^1].Kind == TokenKind.Error && ReferenceEquals(e, toks[^1].Error);

    /// <summary>CPython's _PyPegen_get_expr_name: how messages name an expression.</summary>
    private static string ExprName(Expression e) => e switch
    {
        Attribute => "attribute",
        Subscript => "subscript",
        Starred => "starred",
        Name => "name",
        ListDisplay => "list",
        TupleDisplay => "tuple",
        Lambda => "lambda",
        Call => "function call",
        BoolOp or BinOp or UnaryOp => "expression",
        GeneratorExp => "generator expression",
        Yield or YieldFrom => "yield expression",
        ListComp => "list comprehension",
        SetComp => "set comprehension",
        DictComp => "dict comprehension",
        DictDisplay => "dict literal",
        SetDisplay => "set display",
        JoinedStr or FormattedValue => "f-string expression",
        Constant c => c.Value.Kind switch
        {
            ConstantKind.None => "None",
            ConstantKind.Bool => c.Value.AsBool ? "True" : "False",
            ConstantKind.Ellipsis => "ellipsis",
            _ => "literal",
        },
        Compare => "comparison",
        IfExp => "conditional expression",
        NamedExpr => "named expression",
        _ => "expression",
    };

    private PySyntaxError Unsupported(SourceSpan at, string feature) => ErrorAt(at, $"{feature} not supported by PyHeap");
}
