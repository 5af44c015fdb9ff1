namespace PyHeap.Language.Parsing;

using PyHeap.Language.Syntax;

public sealed partial class Parser
{
    /// <summary>Re-contexts a parsed expression as an assignment or del target (ast's Store/Del), or raises
    /// "cannot assign to ..." / "cannot delete ..." at the offending sub-expression like CPython.</summary>
    private Expression ToTarget(Expression e, ExprContext ctx)
    {
        if (FindInvalidTarget(e, ctx) is { } bad)
        {
            if (bad is Yield or YieldFrom && ctx == ExprContext.Store) throw ErrorAt(bad.Span, "cannot assign to yield expression");
            throw ErrorAt(bad.Span, ctx == ExprContext.Del ? $"cannot delete {ExprName(bad)}" : $"cannot assign to {ExprName(bad)}");
        }
        return WithContext(e, ctx);
    }

    private static Expression? FindInvalidTarget(Expression e, ExprContext ctx)
    {
        switch (e)
        {
            case Name or Attribute or Subscript:
                return null;
            case Starred s:
                return ctx == ExprContext.Del ? s : FindInvalidTarget(s.Value, ctx);
            case TupleDisplay t:
                foreach (var elt in t.Elts)
                {
                    if (FindInvalidTarget(elt, ctx) is { } bad) return bad;
                }
                return null;
            case ListDisplay l:
                foreach (var elt in l.Elts)
                {
                    if (FindInvalidTarget(elt, ctx) is { } bad) return bad;
                }
                return null;
            default:
                return e;
        }
    }

    private static Expression WithContext(Expression e, ExprContext ctx) => e switch
    {
        Name n => n with { Ctx = ctx },
        Attribute a => a with { Ctx = ctx },
        Subscript s => s with { Ctx = ctx },
        Starred s => s with { Value = WithContext(s.Value, ctx), Ctx = ctx },
        TupleDisplay t => t with { Elts = t.Elts.Select(x => WithContext(x, ctx)).ToArray(), Ctx = ctx },
        ListDisplay l => l with { Elts = l.Elts.Select(x => WithContext(x, ctx)).ToArray(), Ctx = ctx },
        _ => e,
    };
}
