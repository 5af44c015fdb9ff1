namespace PyHeap.Language.Parsing;

using PyHeap.Language.Syntax;

public sealed partial class Parser
{
    /// <summary>Call (or class-base) arguments after '(' up to, not including, ')'.</summary>
    private (IReadOnlyList<Expression> Args, IReadOnlyList<Keyword> Keywords) ParseCallArguments(SourceSpan open)
    {
        var args = new List<Expression>();
        var keywords = new List<Keyword>();
        bool seenKeyword = false, seenDoubleStar = false;
        while (!AtOp(")"))
        {
            var t = Peek();
            if (t.IsOp("*"))
            {
                Next();
                var value = ParseExpression();
                var starred = new Starred(value, ExprContext.Load, From(t.Span));
                if (seenDoubleStar) throw ErrorAt(starred.Span, "iterable argument unpacking follows keyword argument unpacking");
                args.Add(starred);
            }
            else if (t.IsOp("**"))
            {
                Next();
                var value = ParseExpression();
                keywords.Add(new Keyword(null, value, From(t.Span)));
                seenDoubleStar = true;
            }
            else if (AtName && PeekAt(1).IsOp("="))
            {
                var name = Next().Text;
                Next();
                var value = ParseExpression();
                if (AtKeyword("for"))
                {
                    throw ErrorAt(SourceSpan.Cover(t.Span, value.Span), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
                }
                keywords.Add(new Keyword(name, value, From(t.Span)));
                seenKeyword = true;
            }
            else
            {
                var e = AtName && PeekAt(1).IsOp(":=") ? ParseNamedExpression() : ParseExpression();
                if (AtKeyword("for") || AtKeyword("async"))
                {
                    var gens = ParseComprehensionClauses();
                    bool sole = args.Count == 0 && keywords.Count == 0 && AtOp(")");
                    if (!sole && !AtOp(",") && args.Count == 0 && keywords.Count == 0) throw InvalidSyntax();
                    if (!sole)
                    {
                        throw ErrorAt(SourceSpan.Cover(e.Span, last), "Generator expression must be parenthesized");
                    }
                    // A sole generator argument borrows the call's parentheses, as in ast.
                    e = new GeneratorExp(e, gens, SourceSpan.Cover(open, Peek().Span));
                }
                else if (AtOp("="))
                {
                    if (e is Constant { Value.Kind: ConstantKind.None or ConstantKind.Bool })
                    {
                        throw ErrorAt(e.Span, $"cannot assign to {ExprName(e)}");
                    }
                    throw ErrorAt(SourceSpan.Cover(e.Span, Peek().Span), "expression cannot contain assignment, perhaps you meant \"==\"?");
                }
                // CPython reports these at the furthest token read, the one after the argument.
                if (seenDoubleStar) throw ErrorAt(Peek().Span, "positional argument follows keyword argument unpacking");
                if (seenKeyword) throw ErrorAt(Peek().Span, "positional argument follows keyword argument");
                args.Add(e);
            }
            if (!TryOp(",")) break;
        }
        return (args, keywords);
    }
}
