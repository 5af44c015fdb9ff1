namespace PyHeap.Language.Parsing;

using PyHeap.Language.Lexing;
using PyHeap.Language.Syntax;

public sealed partial class Parser
{
    /// <summary>block: NEWLINE INDENT statements DEDENT | simple_stmts.</summary>
    private List<Statement> ParseBlock(string what, int headerLine)
    {
        var body = new List<Statement>();
        if (Peek().Kind != TokenKind.Newline)
        {
            ParseSimpleStatements(body);
            return body;
        }
        Next();
        if (Peek().Kind != TokenKind.Indent)
        {
            throw ErrorAt(Peek().Span, $"expected an indented block after {what} on line {headerLine}", "IndentationError");
        }
        Next();
        while (Peek().Kind != TokenKind.Dedent && Peek().Kind != TokenKind.EndMarker)
        {
            ParseStatement(body);
        }
        Next();
        return body;
    }

    /// <summary>A ':' that CPython reports as "expected ':'" only when the line ends there.</summary>
    private void ExpectColon()
    {
        if (AtOp(":"))
        {
            Next();
            return;
        }
        if (Peek().Kind == TokenKind.Newline) throw ErrorAt(Peek().Span, "expected ':'");
        throw InvalidSyntax();
    }

    private If ParseIf()
    {
        var kw = Next();
        var test = ParseNamedExpression();
        ExpectColon();
        var body = ParseBlock($"'{kw.Text}' statement", kw.Span.Line);
        var orElse = ParseElseChain();
        return new If(test, body, orElse, From(kw.Span));
    }

    private IReadOnlyList<Statement> ParseElseChain()
    {
        if (AtKeyword("elif")) return [ParseIf()];
        return ParseElseBlock();
    }

    private IReadOnlyList<Statement> ParseElseBlock()
    {
        if (!AtKeyword("else")) return [];
        var kw = Next();
        ExpectForced(":");
        return ParseBlock("'else' statement", kw.Span.Line);
    }

    private While ParseWhile()
    {
        var kw = Next();
        var test = ParseNamedExpression();
        ExpectColon();
        var body = ParseBlock("'while' statement", kw.Span.Line);
        return new While(test, body, ParseElseBlock(), From(kw.Span));
    }

    private For ParseFor()
    {
        var kw = Next();
        var target = ParseForTarget();
        ExpectKeyword("in");
        var iter = ParseStarExpressions();
        ExpectColon();
        var body = ParseBlock("'for' statement", kw.Span.Line);
        return new For(target, iter, body, ParseElseBlock(), From(kw.Span));
    }

    /// <summary>star_targets of a for loop or comprehension: stops before 'in'.</summary>
    private Expression ParseForTarget()
    {
        var start = Peek().Span;
        var first = ParseStarredBitwiseOr();
        if (!AtOp(",")) return ToTarget(first, ExprContext.Store);
        var elts = new List<Expression> { first };
        while (TryOp(","))
        {
            if (AtKeyword("in")) break;
            elts.Add(ParseStarredBitwiseOr());
        }
        return ToTarget(new TupleDisplay(elts, ExprContext.Load, From(start)), ExprContext.Store);
    }

    private Expression ParseStarredBitwiseOr()
    {
        if (!AtOp("*")) return ParseBitwiseOr();
        var star = Next();
        var value = ParseBitwiseOr();
        return new Starred(value, ExprContext.Load, From(star.Span));
    }

    private Try ParseTry()
    {
        var kw = Next();
        ExpectForced(":");
        var body = ParseBlock("'try' statement", kw.Span.Line);
        var handlers = new List<ExceptHandler>();
        while (AtKeyword("except"))
        {
            handlers.Add(ParseExceptHandler());
        }
        var orElse = handlers.Count > 0 ? ParseElseBlock() : [];
        IReadOnlyList<Statement> finalBody = [];
        if (AtKeyword("finally"))
        {
            var fin = Next();
            ExpectForced(":");
            finalBody = ParseBlock("'finally' statement", fin.Span.Line);
        }
        else if (handlers.Count == 0)
        {
            throw ErrorAt(Peek().Span, "expected 'except' or 'finally' block");
        }
        return new Try(body, handlers, orElse, finalBody, From(kw.Span));
    }

    private ExceptHandler ParseExceptHandler()
    {
        var kw = Next();
        if (AtOp("*")) throw Unsupported(Peek().Span, "'except*' is");
        Expression? type = null;
        string? name = null;
        if (!AtOp(":") && Peek().Kind != TokenKind.Newline)
        {
            type = ParseExpression();
            if (AtOp(","))
            {
                var typeStart = type.Span;
                while (TryOp(",")) ParseExpression();
                throw ErrorAt(SourceSpan.Cover(typeStart, last), "multiple exception types must be parenthesized");
            }
            if (TryKeyword("as")) name = ExpectName();
        }
        ExpectColon();
        var body = ParseBlock("'except' statement", kw.Span.Line);
        return new ExceptHandler(type, name, body, From(kw.Span));
    }

    private With ParseWith()
    {
        var kw = Next();
        IReadOnlyList<WithItem>? items = null;
        if (AtOp("("))
        {
            items = TryParseParenthesizedWithItems();
        }
        if (items == null)
        {
            var list = new List<WithItem>();
            do
            {
                list.Add(ParseWithItem());
            }
            while (TryOp(","));
            items = list;
            ExpectColon();
        }
        var body = ParseBlock("'with' statement", kw.Span.Line);
        return new With(items, body, From(kw.Span));
    }

    /// <summary>The 3.9+ form <c>with (a as b, c):</c>; null (after backtracking) when the '(' opens an expression.</summary>
    private List<WithItem>? TryParseParenthesizedWithItems()
    {
        int save = p;
        var saveLast = last;
        try
        {
            Next();
            var list = new List<WithItem>();
            do
            {
                if (AtOp(")") && list.Count > 0) break;
                list.Add(ParseWithItem());
            }
            while (TryOp(","));
            ExpectOp(")");
            if (AtOp(":"))
            {
                Next();
                return list;
            }
        }
        catch (PySyntaxError e) when (!IsTokenizerError(e))
        {
        }
        p = save;
        last = saveLast;
        return null;
    }

    private WithItem ParseWithItem()
    {
        var expr = ParseExpression();
        Expression? vars = null;
        if (TryKeyword("as"))
        {
            vars = ToTarget(ParseStarTarget(), ExprContext.Store);
        }
        return new WithItem(expr, vars, SourceSpan.None);
    }

    /// <summary>A single star_target (a tuple only when parenthesized); errors name the bad part.</summary>
    private Expression ParseStarTarget()
    {
        if (AtOp("*")) return ParseStarredBitwiseOr();
        return ParseExpression();
    }
}
