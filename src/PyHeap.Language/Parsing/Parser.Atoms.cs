namespace PyHeap.Language.Parsing;

using PyHeap.Language.Lexing;
using PyHeap.Language.Syntax;

public sealed partial class Parser
{
    /// <summary>primary: atom followed by '.' NAME, '(' arguments ')' and '[' slices ']' trailers.</summary>
    private Expression ParsePrimary()
    {
        var start = Peek().Span;
        var e = ParseAtom();
        while (true)
        {
            var t = Peek();
            if (t.Kind != TokenKind.Op) return e;
            switch (t.Text)
            {
                case ".":
                    Next();
                    var attr = ExpectName();
                    e = new Attribute(e, attr, ExprContext.Load, From(start));
                    break;
                case "(":
                    Next();
                    var (args, keywords) = ParseCallArguments(t.Span);
                    ExpectOp(")");
                    e = new Call(e, args, keywords, From(start));
                    break;
                case "[":
                    Next();
                    var slice = ParseSlices();
                    ExpectOp("]");
                    e = new Subscript(e, slice, ExprContext.Load, From(start));
                    break;
                default:
                    return e;
            }
        }
    }

    private Expression ParseAtom()
    {
        var t = Peek();
        switch (t.Kind)
        {
            case TokenKind.Name:
                switch (t.Text)
                {
                    case "True": Next(); return new Constant(ConstantValue.True, t.Span);
                    case "False": Next(); return new Constant(ConstantValue.False, t.Span);
                    case "None": Next(); return new Constant(ConstantValue.None, t.Span);
                }
                if (IsKeyword(t.Text)) throw InvalidSyntax();
                Next();
                return new Name(t.Text, ExprContext.Load, t.Span);
            case TokenKind.Number:
                Next();
                return new Constant(NumberLiteral.Parse(t.Text), t.Span);
            case TokenKind.String:
                return ParseStrings();
            case TokenKind.Op:
                switch (t.Text)
                {
                    case "(": return ParseParenthesized();
                    case "[": return ParseListDisplay();
                    case "{": return ParseBraceDisplay();
                    case "...": Next(); return new Constant(ConstantValue.Ellipsis, t.Span);
                }
                break;
        }
        throw InvalidSyntax();
    }

    /// <summary>A tuple, a group, a generator expression or a parenthesised yield.</summary>
    private Expression ParseParenthesized()
    {
        var start = Next().Span;
        if (TryOp(")")) return new TupleDisplay([], ExprContext.Load, From(start));
        if (AtKeyword("yield"))
        {
            var y = ParseYieldExpression();
            ExpectOp(")");
            return y;
        }
        var first = ParseStarNamedExpression();
        if (AtKeyword("for") || AtKeyword("async"))
        {
            var gens = ParseComprehensionClauses();
            ExpectOp(")");
            return new GeneratorExp(first, gens, From(start));
        }
        if (AtOp(")"))
        {
            if (first is Starred) throw ErrorAt(first.Span, "cannot use starred expression here");
            Next();
            return first;
        }
        var elts = new List<Expression> { first };
        while (TryOp(","))
        {
            if (AtOp(")")) break;
            elts.Add(ParseStarNamedExpression());
        }
        ExpectOp(")");
        return new TupleDisplay(elts, ExprContext.Load, From(start));
    }

    private Expression ParseListDisplay()
    {
        var start = Next().Span;
        if (TryOp("]")) return new ListDisplay([], ExprContext.Load, From(start));
        var first = ParseStarNamedExpression();
        if (AtKeyword("for") || AtKeyword("async"))
        {
            var gens = ParseComprehensionClauses();
            ExpectOp("]");
            return new ListComp(first, gens, From(start));
        }
        var elts = new List<Expression> { first };
        while (TryOp(","))
        {
            if (AtOp("]")) break;
            elts.Add(ParseStarNamedExpression());
        }
        ExpectOp("]");
        return new ListDisplay(elts, ExprContext.Load, From(start));
    }

    /// <summary>'{' starts a dict, a set, or one of their comprehensions.</summary>
    private Expression ParseBraceDisplay()
    {
        var start = Next().Span;
        if (TryOp("}")) return new DictDisplay([], [], From(start));
        Expression? firstKey;
        Expression firstValue;
        if (TryOp("**"))
        {
            firstKey = null;
            firstValue = ParseBitwiseOr();
        }
        else
        {
            var first = ParseStarNamedExpression();
            if (!AtOp(":")) return ParseSetRest(start, first);
            if (first is Starred or NamedExpr) throw InvalidSyntax();
            firstKey = first;
            firstValue = ParseDictValue();
            if (AtKeyword("for") || AtKeyword("async"))
            {
                var gens = ParseComprehensionClauses();
                ExpectOp("}");
                return new DictComp(firstKey, firstValue, gens, From(start));
            }
        }
        var keys = new List<Expression?> { firstKey };
        var values = new List<Expression> { firstValue };
        while (TryOp(","))
        {
            if (AtOp("}")) break;
            if (TryOp("**"))
            {
                keys.Add(null);
                values.Add(ParseBitwiseOr());
                continue;
            }
            suppressCommaCheck = true;
            Expression key;
            try
            {
                key = ParseExpression();
            }
            finally
            {
                suppressCommaCheck = false;
            }
            if (!AtOp(":")) throw ErrorAt(key.Span, "':' expected after dictionary key");
            keys.Add(key);
            values.Add(ParseDictValue());
        }
        ExpectOp("}");
        return new DictDisplay(keys, values, From(start));
    }

    /// <summary>The ':' and value of a dict entry.</summary>
    private Expression ParseDictValue()
    {
        var colon = Next();
        if (AtOp("}") || AtOp(",")) throw ErrorAt(colon.Span, "expression expected after dictionary key and ':'");
        return ParseExpression();
    }

    private Expression ParseSetRest(SourceSpan start, Expression first)
    {
        if (AtKeyword("for") || AtKeyword("async"))
        {
            var gens = ParseComprehensionClauses();
            ExpectOp("}");
            return new SetComp(first, gens, From(start));
        }
        var elts = new List<Expression> { first };
        while (TryOp(","))
        {
            if (AtOp("}")) break;
            elts.Add(ParseStarNamedExpression());
        }
        ExpectOp("}");
        return new SetDisplay(elts, From(start));
    }

    /// <summary>for_if_clauses: one or more 'for' target 'in' disjunction ('if' disjunction)*.</summary>
    private List<Comprehension> ParseComprehensionClauses()
    {
        var gens = new List<Comprehension>();
        while (AtKeyword("for") || AtKeyword("async"))
        {
            var kw = Next();
            if (kw.Text == "async") throw Unsupported(kw.Span, "'async' is");
            int targetStart = p;
            Expression target;
            try
            {
                target = ParseForTarget();
            }
            catch (PySyntaxError e) when (e.Message.StartsWith("cannot assign", StringComparison.Ordinal))
            {
                throw RecheckTarget(targetStart, e);
            }
            if (!AtKeyword("in")) throw RecheckTarget(targetStart, InvalidSyntax());
            Next();
            var iter = ParseDisjunction();
            var ifs = new List<Expression>();
            while (TryKeyword("if")) ifs.Add(ParseDisjunction());
            gens.Add(new Comprehension(target, iter, ifs, From(kw.Span)));
        }
        return gens;
    }

    /// <summary>CPython's invalid_for_target re-reads the target as star_expressions, which can report a missing comma.</summary>
    private PySyntaxError RecheckTarget(int targetStart, PySyntaxError error)
    {
        int save = p;
        p = targetStart;
        try
        {
            ParseStarExpressions();
        }
        catch (PySyntaxError e) when (!IsTokenizerError(e) && !e.Message.StartsWith("invalid syntax. Perhaps", StringComparison.Ordinal))
        {
        }
        p = save;
        return error;
    }

    /// <summary>slices: one slice, or a tuple of slices/expressions (<c>a[1:2, 3]</c>).</summary>
    private Expression ParseSlices()
    {
        var start = Peek().Span;
        var first = ParseSlice();
        if (!AtOp(",")) return first is Starred ? new TupleDisplay([first], ExprContext.Load, From(start)) : first;
        var elts = new List<Expression> { first };
        while (TryOp(","))
        {
            if (AtOp("]")) break;
            elts.Add(ParseSlice());
        }
        return new TupleDisplay(elts, ExprContext.Load, From(start));
    }

    private Expression ParseSlice()
    {
        var start = Peek().Span;
        if (AtOp("*")) return ParseStarredBitwiseOr();
        Expression? lower = null;
        if (!AtOp(":"))
        {
            if (AtName && PeekAt(1).IsOp(":=")) return ParseNamedExpression();
            lower = ParseExpression();
            if (!AtOp(":")) return lower;
        }
        Next();
        Expression? upper = AtOp(":") || AtOp("]") || AtOp(",") ? null : ParseExpression();
        Expression? step = null;
        if (TryOp(":"))
        {
            step = AtOp("]") || AtOp(",") ? null : ParseExpression();
        }
        return new Slice(lower, upper, step, From(start));
    }
}
