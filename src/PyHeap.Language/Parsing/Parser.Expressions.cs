namespace PyHeap.Language.Parsing;

using PyHeap.Language.Lexing;
using PyHeap.Language.Syntax;

public sealed partial class Parser
{
    /// <summary>star_expressions: a bare tuple when there is a comma.</summary>
    private Expression ParseStarExpressions()
    {
        var start = Peek().Span;
        var first = ParseStarExpression();
        if (!AtOp(",")) return first;
        var elts = new List<Expression> { first };
        while (TryOp(","))
        {
            if (!StartsExpression(Peek())) break;
            elts.Add(ParseStarExpression());
        }
        return new TupleDisplay(elts, ExprContext.Load, From(start));
    }

    private Expression ParseStarExpression()
    {
        if (!AtOp("*")) return ParseExpression();
        var star = Next();
        var value = ParseBitwiseOr();
        return new Starred(value, ExprContext.Load, From(star.Span));
    }

    private Expression ParseStarNamedExpressions()
    {
        var start = Peek().Span;
        var first = ParseStarNamedExpression();
        if (!AtOp(",")) return first;
        var elts = new List<Expression> { first };
        while (TryOp(","))
        {
            if (!StartsExpression(Peek())) break;
            elts.Add(ParseStarNamedExpression());
        }
        return new TupleDisplay(elts, ExprContext.Load, From(start));
    }

    private Expression ParseStarNamedExpression() => AtOp("*") ? ParseStarredBitwiseOr() : ParseNamedExpression();

    /// <summary>named_expression: NAME ':=' expression | expression.</summary>
    private Expression ParseNamedExpression()
    {
        var startTok = Peek();
        if (AtName && PeekAt(1).IsOp(":="))
        {
            var target = new Name(Next().Text, ExprContext.Store, startTok.Span);
            Next();
            var value = ParseExpression();
            return new NamedExpr(target, value, From(startTok.Span));
        }
        var e = ParseExpression();
        if (AtOp(":=")) throw ErrorAt(e.Span, $"cannot use assignment expressions with {ExprName(e)}");
        if (AtOp("=") && IsBitwiseOrLevel(e, startTok) && ValueIsSingleBitwiseOr(p))
        {
            if (e is Name)
            {
                int save = p;
                Next();
                ParseBitwiseOr();
                var range = SourceSpan.Cover(e.Span, last);
                p = save;
                throw ErrorAt(range, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            }
            if (FindInvalidTarget(e, ExprContext.Store) != null)
            {
                throw ErrorAt(e.Span, $"cannot assign to {ExprName(e)} here. Maybe you meant '==' instead of '='?");
            }
        }
        return e;
    }

    /// <summary>expression: disjunction ['if' disjunction 'else' expression] | lambdef.</summary>
    private Expression ParseExpression()
    {
        if (AtKeyword("lambda")) return ParseLambda();
        int startIndex = p;
        var start = Peek().Span;
        var body = ParseDisjunction();
        if (AtKeyword("if"))
        {
            Next();
            var test = ParseDisjunction();
            if (!AtKeyword("else"))
            {
                if (!AtOp(":")) throw ErrorAt(From(start), "expected 'else' after 'if' expression");
                throw InvalidSyntax();
            }
            Next();
            var orElse = ParseExpression();
            return new IfExp(test, body, orElse, From(start));
        }
        CheckMissingComma(startIndex, body);
        return body;
    }

    /// <summary>CPython's invalid_expression: two expressions side by side inside brackets.</summary>
    private void CheckMissingComma(int startIndex, Expression a)
    {
        var t = Peek();
        if (suppressCommaCheck || (t.Level == 0 && !(t.IsOp("{"))) || !StartsExpression(t) || t.IsOp("*") || t.IsOp("(") || t.IsOp("[") || t.IsOp("-") || t.IsOp("+")) return;
        var first = toks[startIndex];
        if (first.Kind == TokenKind.Name && (toks[startIndex + 1].Kind == TokenKind.String || first.Text is "match" or "case" or "_")) return;
        int save = p;
        var saveLast = last;
        try
        {
            if (AtKeyword("lambda")) ParseLambda();
            else ParseDisjunction();
        }
        catch (PySyntaxError e) when (IsGeneric(e))
        {
            p = save;
            last = saveLast;
            return;
        }
        // CPython looks at the level of b's last token: "x {**a}" at statement level is plain invalid syntax.
        if (toks[p - 1].Level == 0)
        {
            p = save;
            last = saveLast;
            return;
        }
        var range = SourceSpan.Cover(a.Span, last);
        p = save;
        last = saveLast;
        throw ErrorAt(range, "invalid syntax. Perhaps you forgot a comma?");
    }

    private Expression ParseLambda()
    {
        var kw = Next();
        var args = ParseParameters(lambda: true);
        ExpectOp(":");
        var body = ParseExpression();
        return new Lambda(args, body, From(kw.Span));
    }

    private Expression ParseDisjunction()
    {
        var start = Peek().Span;
        var first = ParseConjunction();
        if (!AtKeyword("or")) return first;
        var values = new List<Expression> { first };
        while (TryKeyword("or")) values.Add(ParseConjunction());
        return new BoolOp(BoolOperator.Or, values, From(start));
    }

    private Expression ParseConjunction()
    {
        var start = Peek().Span;
        var first = ParseInversion();
        if (!AtKeyword("and")) return first;
        var values = new List<Expression> { first };
        while (TryKeyword("and")) values.Add(ParseInversion());
        return new BoolOp(BoolOperator.And, values, From(start));
    }

    private Expression ParseInversion()
    {
        if (!AtKeyword("not")) return ParseComparison();
        var kw = Next();
        var operand = ParseInversion();
        return new UnaryOp(UnaryOperator.Not, operand, From(kw.Span));
    }

    private Expression ParseComparison()
    {
        var start = Peek().Span;
        var left = ParseBitwiseOr();
        List<CompareOperator>? ops = null;
        List<Expression>? comparators = null;
        while (TryCompareOperator(out var op))
        {
            (ops ??= []).Add(op);
            (comparators ??= []).Add(ParseBitwiseOr());
        }
        return ops == null ? left : new Compare(left, ops, comparators!, From(start));
    }

    private bool TryCompareOperator(out CompareOperator op)
    {
        var t = Peek();
        op = default;
        if (t.Kind == TokenKind.Op)
        {
            switch (t.Text)
            {
                case "<": op = CompareOperator.Lt; break;
                case ">": op = CompareOperator.Gt; break;
                case "==": op = CompareOperator.Eq; break;
                case ">=": op = CompareOperator.GtE; break;
                case "<=": op = CompareOperator.LtE; break;
                case "!=": op = CompareOperator.NotEq; break;
                default: return false;
            }
            Next();
            return true;
        }
        if (t.Kind != TokenKind.Name) return false;
        switch (t.Text)
        {
            case "in":
                Next();
                op = CompareOperator.In;
                return true;
            case "not" when PeekAt(1).IsName("in"):
                Next();
                Next();
                op = CompareOperator.NotIn;
                return true;
            case "is":
                Next();
                op = TryKeyword("not") ? CompareOperator.IsNot : CompareOperator.Is;
                return true;
            default:
                return false;
        }
    }

    private Expression ParseBitwiseOr() => ParseBinary(0);

    private static readonly string[][] BinaryLevels =
    [
        ["|"], ["^"], ["&"], ["<<", ">>"], ["+", "-"], ["*", "/", "//", "%", "@"],
    ];

    /// <summary>The left-associative binary levels bitwise_or … term.</summary>
    private Expression ParseBinary(int level)
    {
        if (level == BinaryLevels.Length) return ParseFactor();
        var start = Peek().Span;
        var left = ParseBinary(level + 1);
        while (true)
        {
            var t = Peek();
            if (t.Kind != TokenKind.Op || Array.IndexOf(BinaryLevels[level], t.Text) < 0) return left;
            Next();
            var right = ParseBinary(level + 1);
            left = new BinOp(left, BinaryOperatorOf(t.Text), right, From(start));
        }
    }

    private static BinaryOperator BinaryOperatorOf(string op) => op switch
    {
        "|" => BinaryOperator.BitOr,
        "^" => BinaryOperator.BitXor,
        "&" => BinaryOperator.BitAnd,
        "<<" => BinaryOperator.LShift,
        ">>" => BinaryOperator.RShift,
        "+" => BinaryOperator.Add,
        "-" => BinaryOperator.Sub,
        "*" => BinaryOperator.Mult,
        "/" => BinaryOperator.Div,
        "//" => BinaryOperator.FloorDiv,
        "%" => BinaryOperator.Mod,
        "@" => BinaryOperator.MatMult,
        _ => BinaryOperator.Pow,
    };

    /// <summary>factor: ('+' | '-' | '~') factor | power.</summary>
    private Expression ParseFactor()
    {
        var t = Peek();
        if (t.Kind == TokenKind.Op && t.Text is "+" or "-" or "~")
        {
            Next();
            var operand = ParseFactor();
            var op = t.Text == "+" ? UnaryOperator.UAdd : t.Text == "-" ? UnaryOperator.USub : UnaryOperator.Invert;
            return new UnaryOp(op, operand, From(t.Span));
        }
        return ParsePower();
    }

    /// <summary>power: primary '**' factor (right-associative, tighter than a unary minus on its left).</summary>
    private Expression ParsePower()
    {
        var start = Peek().Span;
        if (AtKeyword("await")) throw Unsupported(start, "'await' is");
        var left = ParsePrimary();
        if (!AtOp("**")) return left;
        Next();
        var right = ParseFactor();
        return new BinOp(left, BinaryOperator.Pow, right, From(start));
    }

    private Expression ParseYieldExpression()
    {
        var kw = Next();
        if (TryKeyword("from"))
        {
            var value = ParseExpression();
            return new YieldFrom(value, From(kw.Span));
        }
        var v = StartsExpression(Peek()) ? ParseStarExpressions() : null;
        return new Yield(v, From(kw.Span));
    }

    private static readonly HashSet<string> ExpressionKeywords = ["True", "False", "None", "not", "lambda", "await", "yield"];

    private static bool StartsExpression(Token t) => t.Kind switch
    {
        TokenKind.Name => !IsKeyword(t.Text) || ExpressionKeywords.Contains(t.Text),
        TokenKind.Number or TokenKind.String => true,
        TokenKind.Op => t.Text is "(" or "[" or "{" or "-" or "+" or "~" or "..." or "*",
        _ => false,
    };
}
