using PyHeap.Language.Syntax;
using Attribute = PyHeap.Language.Syntax.Attribute;

namespace PyHeap.Language.Compiling;

public sealed partial class SymbolTable
{
    private void VisitExprs(IEnumerable<Expression> exprs)
    {
        foreach (var e in exprs) VisitExpr(e);
    }

    /// <summary>Models symtable_visit_expr.</summary>
    private void VisitExpr(Expression e)
    {
        switch (e)
        {
            case NamedExpr ne:
                HandleNamedExpr(ne);
                break;
            case BoolOp b:
                VisitExprs(b.Values);
                break;
            case BinOp b:
                VisitExpr(b.Left);
                VisitExpr(b.Right);
                break;
            case UnaryOp u:
                VisitExpr(u.Operand);
                break;
            case Lambda l:
                VisitExprs(l.Args.Defaults);
                foreach (var d in l.Args.KwDefaults) if (d is not null) VisitExpr(d);
                EnterBlock("lambda", BlockType.Function, l, l.Span.Line);
                VisitArguments(l.Args);
                VisitExpr(l.Body);
                ExitBlock();
                break;
            case IfExp i:
                VisitExpr(i.Test);
                VisitExpr(i.Body);
                VisitExpr(i.OrElse);
                break;
            case DictDisplay d:
                foreach (var k in d.Keys) if (k is not null) VisitExpr(k);
                VisitExprs(d.Values);
                break;
            case SetDisplay s:
                VisitExprs(s.Elts);
                break;
            case GeneratorExp g:
                HandleComprehension(g, "genexpr", g.Generators, g.Elt, null);
                break;
            case ListComp l:
                HandleComprehension(l, "listcomp", l.Generators, l.Elt, null);
                break;
            case SetComp s:
                HandleComprehension(s, "setcomp", s.Generators, s.Elt, null);
                break;
            case DictComp d:
                HandleComprehension(d, "dictcomp", d.Generators, d.Key, d.Value);
                break;
            case Yield y:
                CheckYieldInComprehension(e);
                if (y.Value is not null) VisitExpr(y.Value);
                current.IsGenerator = true;
                break;
            case YieldFrom yf:
                CheckYieldInComprehension(e);
                VisitExpr(yf.Value);
                current.IsGenerator = true;
                break;
            case Compare c:
                VisitExpr(c.Left);
                VisitExprs(c.Comparators);
                break;
            case Call c:
                VisitExpr(c.Func);
                VisitExprs(c.Args);
                foreach (var k in c.Keywords) VisitExpr(k.Value);
                break;
            case FormattedValue f:
                VisitExpr(f.Value);
                if (f.FormatSpec is not null) VisitExpr(f.FormatSpec);
                break;
            case JoinedStr j:
                VisitExprs(j.Values);
                break;
            case Constant:
                break;
            case Attribute a:
                VisitExpr(a.Value);
                break;
            case Subscript s:
                VisitExpr(s.Value);
                VisitExpr(s.Slice);
                break;
            case Starred s:
                VisitExpr(s.Value);
                break;
            case Slice s:
                if (s.Lower is not null) VisitExpr(s.Lower);
                if (s.Upper is not null) VisitExpr(s.Upper);
                if (s.Step is not null) VisitExpr(s.Step);
                break;
            case Name n:
                AddDef(n.Id, n.Ctx == ExprContext.Load ? SymbolFlags.Use : SymbolFlags.DefLocal, n.Span);
                // A bare super() needs the implicit __class__ cell of the enclosing class.
                if (n.Ctx == ExprContext.Load && current.Type == BlockType.Function && n.Id == "super")
                    AddDef("__class__", SymbolFlags.Use, n.Span);
                break;
            case ListDisplay l:
                VisitExprs(l.Elts);
                break;
            case TupleDisplay t:
                VisitExprs(t.Elts);
                break;
            default:
                throw new NotSupportedException($"symtable: unsupported expression {e.GetType().Name}");
        }
    }

    private void CheckYieldInComprehension(Expression e)
    {
        if (!current.IsComprehension) return;
        var kind = current.Node switch
        {
            ListComp => "list comprehension",
            SetComp => "set comprehension",
            DictComp => "dict comprehension",
            _ => "generator expression",
        };
        throw Error($"'yield' inside {kind}", e.Span);
    }

    /// <summary>Models symtable_handle_comprehension: the first iterable belongs to the enclosing scope.</summary>
    private void HandleComprehension(Expression e, string scopeName, IReadOnlyList<Comprehension> generators, Expression elt, Expression? value)
    {
        var outermost = generators[0];
        current.CompIterExpr++;
        VisitExpr(outermost.Iter);
        current.CompIterExpr--;
        EnterBlock(scopeName, BlockType.Function, e, e.Span.Line);
        current.IsComprehension = true;
        AddDef(".0", SymbolFlags.DefParam, e.Span);
        current.CompIterTarget = true;
        VisitExpr(outermost.Target);
        current.CompIterTarget = false;
        VisitExprs(outermost.Ifs);
        for (var i = 1; i < generators.Count; i++)
        {
            var g = generators[i];
            current.CompIterTarget = true;
            VisitExpr(g.Target);
            current.CompIterTarget = false;
            current.CompIterExpr++;
            VisitExpr(g.Iter);
            current.CompIterExpr--;
            VisitExprs(g.Ifs);
        }
        if (value is not null) VisitExpr(value);
        VisitExpr(elt);
        current.IsGenerator = e is GeneratorExp;
        ExitBlock();
    }

    /// <summary>Models symtable_handle_namedexpr / symtable_extend_namedexpr_scope.</summary>
    private void HandleNamedExpr(NamedExpr ne)
    {
        if (current.CompIterExpr > 0)
            throw Error("assignment expression cannot be used in a comprehension iterable expression", ne.Span);
        if (current.IsComprehension && ne.Target is Name target)
            ExtendNamedExprScope(target);
        VisitExpr(ne.Value);
        VisitExpr(ne.Target);
    }

    private void ExtendNamedExprScope(Name target)
    {
        foreach (var ste in stack)
        {
            if (ste.IsComprehension)
            {
                if ((ste.GetFlags(target.Id) & SymbolFlags.DefCompIter) != 0)
                    throw Error($"assignment expression cannot rebind comprehension iteration variable '{target.Id}'", target.Span);
                continue;
            }
            if (ste.Type == BlockType.Function)
            {
                if ((ste.GetFlags(target.Id) & SymbolFlags.DefGlobal) != 0)
                {
                    AddDef(target.Id, SymbolFlags.DefGlobal, target.Span);
                }
                else
                {
                    AddDef(target.Id, SymbolFlags.DefNonlocal, target.Span);
                }
                current.Directives.TryAdd(target.Id, target.Span);
                AddDefHelper(target.Id, SymbolFlags.DefLocal, ste, target.Span);
                return;
            }
            if (ste.Type == BlockType.Module)
            {
                AddDef(target.Id, SymbolFlags.DefGlobal, target.Span);
                current.Directives.TryAdd(target.Id, target.Span);
                AddDefHelper(target.Id, SymbolFlags.DefGlobal, ste, target.Span);
                return;
            }
            throw Error("assignment expression within a comprehension cannot be used in a class body", target.Span);
        }
    }
}
