namespace PyHeap.Language.Parsing;

using PyHeap.Language.Lexing;
using PyHeap.Language.Syntax;

public sealed partial class Parser
{
    private static readonly Dictionary<string, BinaryOperator> AugOps = new()
    {
        ["+="] = BinaryOperator.Add, ["-="] = BinaryOperator.Sub, ["*="] = BinaryOperator.Mult,
        ["@="] = BinaryOperator.MatMult, ["/="] = BinaryOperator.Div, ["%="] = BinaryOperator.Mod,
        ["&="] = BinaryOperator.BitAnd, ["|="] = BinaryOperator.BitOr, ["^="] = BinaryOperator.BitXor,
        ["<<="] = BinaryOperator.LShift, [">>="] = BinaryOperator.RShift, ["**="] = BinaryOperator.Pow,
        ["//="] = BinaryOperator.FloorDiv,
    };

    /// <summary>Expression statements, assignments (chains, augmented, annotated).</summary>
    private Statement ParseExpressionStatement()
    {
        var startTok = Peek();
        var start = startTok.Span;
        var first = ParseYieldOrStarExpressions();
        var t = Peek();
        if (t.IsOp("="))
        {
            var exprs = new List<Expression> { first };
            var bareYield = new List<bool> { startTok.IsName("yield") };
            var equalsAfterFirst = p;
            while (TryOp("="))
            {
                bareYield.Add(AtKeyword("yield"));
                exprs.Add(ParseYieldOrStarExpressions());
            }
            var targets = new List<Expression>(exprs.Count - 1);
            for (int i = 0; i < exprs.Count - 1; i++)
            {
                var target = exprs[i];
                if (target is Yield or YieldFrom)
                {
                    throw ErrorAt(target.Span, bareYield[i] ? "assignment to yield expression not possible" : "cannot assign to yield expression");
                }
                if (i == 0 && FindInvalidTarget(target, ExprContext.Store) is { } bad && IsBitwiseOrLevel(target, startTok)
                    && ValueIsSingleBitwiseOr(equalsAfterFirst))
                {
                    throw ErrorAt(target.Span, $"cannot assign to {ExprName(target)} here. Maybe you meant '==' instead of '='?");
                }
                targets.Add(ToTarget(target, ExprContext.Store));
            }
            return new Assign(targets, exprs[^1], From(start));
        }
        if (t.Kind == TokenKind.Op && AugOps.TryGetValue(t.Text, out var op))
        {
            if (first is not (Name or Attribute or Subscript))
            {
                RequireAnnotationAfterColon();
                throw ErrorAt(first.Span, $"'{ExprName(first)}' is an illegal expression for augmented assignment");
            }
            Next();
            var value = ParseYieldOrStarExpressions();
            return new AugAssign(ToTarget(first, ExprContext.Store), op, value, From(start));
        }
        if (t.IsOp(":"))
        {
            if (first is not (Name or Attribute or Subscript)) RequireAnnotationAfterColon();
            if (first is TupleDisplay or ListDisplay)
            {
                throw ErrorAt(first.Span, $"only single target (not {ExprName(first)}) can be annotated");
            }
            if (first is not (Name or Attribute or Subscript))
            {
                throw ErrorAt(first.Span, "illegal target for annotation");
            }
            Next();
            var annotation = ParseExpression();
            var value = TryOp("=") ? ParseYieldOrStarExpressions() : null;
            bool simple = first is Name && !startTok.IsOp("(");
            return new AnnAssign(ToTarget(first, ExprContext.Store), annotation, value, simple, From(start));
        }
        return new ExprStatement(first, From(start));
    }

    /// <summary>CPython names a bad annotation or augmented-assignment target only when an expression follows
    /// the ':' or operator.</summary>
    private void RequireAnnotationAfterColon()
    {
        int save = p;
        var saveLast = last;
        try
        {
            Next();
            ParseExpression();
        }
        catch (PySyntaxError e) when (IsGeneric(e))
        {
            p = save;
            last = saveLast;
            throw InvalidSyntax();
        }
        p = save;
        last = saveLast;
    }

    private Expression ParseYieldOrStarExpressions() => AtKeyword("yield") ? ParseYieldExpression() : ParseStarExpressions();

    /// <summary>Whether CPython's invalid_named_expression would see the first target as "bitwise_or '='" (not a
    /// list, tuple, generator expression or True/None/False).</summary>
    private static bool IsBitwiseOrLevel(Expression target, Token startTok)
    {
        if (startTok.IsName("True") || startTok.IsName("False") || startTok.IsName("None")) return false;
        var leftmost = Leftmost(target);
        if (leftmost.Span.Line == startTok.Span.Line && leftmost.Span.Column == startTok.Span.Column
            && leftmost is ListDisplay or TupleDisplay or GeneratorExp)
        {
            return false;
        }
        bool parenthesized = startTok.IsOp("(") && !(target.Span.Line == startTok.Span.Line && target.Span.Column == startTok.Span.Column);
        if (parenthesized) return true;
        return target is not (Compare or BoolOp or UnaryOp { Op: UnaryOperator.Not } or IfExp or Lambda or Starred or TupleDisplay);
    }

    private static Expression Leftmost(Expression e) => e switch
    {
        BinOp b => Leftmost(b.Left),
        Call c => Leftmost(c.Func),
        Attribute a => Leftmost(a.Value),
        Subscript s => Leftmost(s.Value),
        Compare c => Leftmost(c.Left),
        _ => e,
    };

    /// <summary>After the first '=': a bitwise_or not followed by '=' or ':='.</summary>
    private bool ValueIsSingleBitwiseOr(int afterFirstEquals)
    {
        int save = p;
        var saveLast = last;
        try
        {
            p = afterFirstEquals;
            Next();
            ParseBitwiseOr();
            return !AtOp("=") && !AtOp(":=");
        }
        catch (PySyntaxError e) when (!IsTokenizerError(e))
        {
            return false;
        }
        finally
        {
            p = save;
            last = saveLast;
        }
    }
}
