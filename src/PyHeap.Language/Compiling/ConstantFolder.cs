using PyHeap.Language.Syntax;
using Attribute = PyHeap.Language.Syntax.Attribute;

namespace PyHeap.Language.Compiling;

/// <summary>
/// The AST optimizer of CPython 3.11 (Python/ast_opt.c): folds unary/binary operations on constants (within its
/// size limits), tuples of constants, <c>in</c> against list/set displays, <c>not</c> of <c>is</c>/<c>in</c>
/// comparisons, and <c>__debug__</c>. Returns a new tree; the input is not modified.
/// </summary>
internal static class ConstantFolder
{
    public static ModuleNode FoldModule(ModuleNode module) => module with { Body = FoldStmts(module.Body) };

    private static IReadOnlyList<Statement> FoldStmts(IReadOnlyList<Statement> body) => body.Select(FoldStmt).ToArray();

    private static IReadOnlyList<Expression> FoldExprs(IReadOnlyList<Expression> exprs) => exprs.Select(Fold).ToArray();

    private static Expression? FoldOpt(Expression? e) => e is null ? null : Fold(e);

    private static Arguments FoldArgs(Arguments a) => a with
    {
        PosOnlyArgs = a.PosOnlyArgs.Select(FoldArg).ToArray(),
        Args = a.Args.Select(FoldArg).ToArray(),
        VarArg = a.VarArg is null ? null : FoldArg(a.VarArg),
        KwOnlyArgs = a.KwOnlyArgs.Select(FoldArg).ToArray(),
        KwDefaults = a.KwDefaults.Select(FoldOpt).ToArray(),
        KwArg = a.KwArg is null ? null : FoldArg(a.KwArg),
        Defaults = FoldExprs(a.Defaults),
    };

    private static Arg FoldArg(Arg a) => a.Annotation is null ? a : a with { Annotation = Fold(a.Annotation) };

    private static Keyword FoldKeyword(Keyword k) => k with { Value = Fold(k.Value) };

    private static Statement FoldStmt(Statement s) => s switch
    {
        FunctionDef f => f with
        {
            Args = FoldArgs(f.Args), Body = FoldStmts(f.Body), DecoratorList = FoldExprs(f.DecoratorList), Returns = FoldOpt(f.Returns),
        },
        ClassDef c => c with
        {
            Bases = FoldExprs(c.Bases), Keywords = c.Keywords.Select(FoldKeyword).ToArray(), Body = FoldStmts(c.Body),
            DecoratorList = FoldExprs(c.DecoratorList),
        },
        Return r => r with { Value = FoldOpt(r.Value) },
        Delete d => d with { Targets = FoldExprs(d.Targets) },
        Assign a => a with { Targets = FoldExprs(a.Targets), Value = Fold(a.Value) },
        AugAssign a => a with { Target = Fold(a.Target), Value = Fold(a.Value) },
        AnnAssign a => a with { Target = Fold(a.Target), Annotation = Fold(a.Annotation), Value = FoldOpt(a.Value) },
        For f => f with { Target = Fold(f.Target), Iter = FoldIter(Fold(f.Iter)), Body = FoldStmts(f.Body), OrElse = FoldStmts(f.OrElse) },
        While w => w with { Test = Fold(w.Test), Body = FoldStmts(w.Body), OrElse = FoldStmts(w.OrElse) },
        If i => i with { Test = Fold(i.Test), Body = FoldStmts(i.Body), OrElse = FoldStmts(i.OrElse) },
        With w => w with
        {
            Items = w.Items.Select(it => it with { ContextExpr = Fold(it.ContextExpr), OptionalVars = FoldOpt(it.OptionalVars) }).ToArray(),
            Body = FoldStmts(w.Body),
        },
        Raise r => r with { Exc = FoldOpt(r.Exc), Cause = FoldOpt(r.Cause) },
        Try t => t with
        {
            Body = FoldStmts(t.Body),
            Handlers = t.Handlers.Select(h => h with { Type = FoldOpt(h.Type), Body = FoldStmts(h.Body) }).ToArray(),
            OrElse = FoldStmts(t.OrElse), FinalBody = FoldStmts(t.FinalBody),
        },
        Assert a => a with { Test = Fold(a.Test), Msg = FoldOpt(a.Msg) },
        ExprStatement e => e with { Value = Fold(e.Value) },
        _ => s,
    };

    private static Comprehension FoldComprehension(Comprehension c) =>
        c with { Target = Fold(c.Target), Iter = FoldIter(Fold(c.Iter)), Ifs = FoldExprs(c.Ifs) };

    /// <summary>Models astfold_expr: children first, then the node's own folding.</summary>
    public static Expression Fold(Expression e)
    {
        switch (e)
        {
            case BoolOp b: return b with { Values = FoldExprs(b.Values) };
            case BinOp b:
            {
                var folded = b with { Left = Fold(b.Left), Right = Fold(b.Right) };
                if (folded.Left is Constant l && folded.Right is Constant r && ConstantArithmetic.Binary(folded.Op, l.Value, r.Value) is { } v)
                    return new Constant(v, b.Span);
                return folded;
            }
            case UnaryOp un: return FoldUnary(un with { Operand = Fold(un.Operand) });
            case Lambda l: return l with { Args = FoldArgs(l.Args), Body = Fold(l.Body) };
            case IfExp i: return i with { Test = Fold(i.Test), Body = Fold(i.Body), OrElse = Fold(i.OrElse) };
            case DictDisplay d: return d with { Keys = d.Keys.Select(FoldOpt).ToArray(), Values = FoldExprs(d.Values) };
            case SetDisplay s: return s with { Elts = FoldExprs(s.Elts) };
            case ListComp l: return l with { Elt = Fold(l.Elt), Generators = l.Generators.Select(FoldComprehension).ToArray() };
            case SetComp s: return s with { Elt = Fold(s.Elt), Generators = s.Generators.Select(FoldComprehension).ToArray() };
            case DictComp d: return d with { Key = Fold(d.Key), Value = Fold(d.Value), Generators = d.Generators.Select(FoldComprehension).ToArray() };
            case GeneratorExp g: return g with { Elt = Fold(g.Elt), Generators = g.Generators.Select(FoldComprehension).ToArray() };
            case Yield y: return y with { Value = FoldOpt(y.Value) };
            case YieldFrom y: return y with { Value = Fold(y.Value) };
            case Compare c:
            {
                var comparators = FoldExprs(c.Comparators).ToArray();
                // x in [a, b] / x in {a, b}: a tuple / frozenset is enough.
                if (c.Ops[^1] is CompareOperator.In or CompareOperator.NotIn) comparators[^1] = FoldIter(comparators[^1]);
                return c with { Left = Fold(c.Left), Comparators = comparators };
            }
            case Call c: return c with { Func = Fold(c.Func), Args = FoldExprs(c.Args), Keywords = c.Keywords.Select(FoldKeyword).ToArray() };
            case FormattedValue f: return f with { Value = Fold(f.Value), FormatSpec = FoldOpt(f.FormatSpec) };
            case JoinedStr j: return j with { Values = FoldExprs(j.Values) };
            case Attribute a: return a with { Value = Fold(a.Value) };
            case Subscript s:
            {
                var folded = s with { Value = Fold(s.Value), Slice = Fold(s.Slice) };
                if (folded is { Ctx: ExprContext.Load, Value: Constant v, Slice: Constant i } && ConstantSubscript.GetItem(v.Value, i.Value) is { } item)
                    return new Constant(item, s.Span);
                return folded;
            }
            case Starred s: return s with { Value = Fold(s.Value) };
            case Slice s: return s with { Lower = FoldOpt(s.Lower), Upper = FoldOpt(s.Upper), Step = FoldOpt(s.Step) };
            case ListDisplay l: return l with { Elts = FoldExprs(l.Elts) };
            case TupleDisplay t:
            {
                var folded = t with { Elts = FoldExprs(t.Elts) };
                if (t.Ctx == ExprContext.Load && folded.Elts.All(x => x is Constant))
                    return new Constant(ConstantValue.Tuple(folded.Elts.Select(x => ((Constant)x).Value).ToArray()), t.Span);
                return folded;
            }
            case Name { Ctx: ExprContext.Load, Id: "__debug__" } n: return new Constant(ConstantValue.True, n.Span);
            case NamedExpr n: return n with { Value = Fold(n.Value) };
            default: return e;
        }
    }

    /// <summary>Models fold_unaryop.</summary>
    private static Expression FoldUnary(UnaryOp un)
    {
        if (un.Operand is Constant c)
        {
            var v = ConstantArithmetic.Unary(un.Op, c.Value);
            return v is null ? un : new Constant(v, un.Span);
        }
        if (un.Op == UnaryOperator.Not && un.Operand is Compare { Ops.Count: 1 } cmp)
        {
            CompareOperator? inverted = cmp.Ops[0] switch
            {
                CompareOperator.Is => CompareOperator.IsNot,
                CompareOperator.IsNot => CompareOperator.Is,
                CompareOperator.In => CompareOperator.NotIn,
                CompareOperator.NotIn => CompareOperator.In,
                _ => null,
            };
            // COPY_NODE: the result is the comparison node itself, with its own location.
            if (inverted is { } op) return cmp with { Ops = new[] { op } };
        }
        return un;
    }

    /// <summary>Models fold_iter: a list display becomes a tuple, a set display of constants a frozenset.</summary>
    private static Expression FoldIter(Expression arg)
    {
        switch (arg)
        {
            case ListDisplay l when !l.Elts.Any(x => x is Starred):
                if (l.Elts.All(x => x is Constant))
                    return new Constant(ConstantValue.Tuple(l.Elts.Select(x => ((Constant)x).Value).ToArray()), l.Span);
                return new TupleDisplay(l.Elts, l.Ctx, l.Span);
            case SetDisplay s when s.Elts.All(x => x is Constant):
                return new Constant(MakeFrozenSet(s.Elts.Select(x => ((Constant)x).Value).ToArray()), s.Span);
            default:
                return arg;
        }
    }

    /// <summary>A frozenset constant: duplicates (by Python equality, so 1 == 1.0 == True) keep the first.</summary>
    public static ConstantValue MakeFrozenSet(IReadOnlyList<ConstantValue> items)
    {
        var unique = new List<ConstantValue>();
        foreach (var item in items)
        {
            if (!unique.Any(x => ConstantArithmetic.PyEquals(x, item))) unique.Add(item);
        }
        return ConstantValue.FrozenSet(unique);
    }
}
