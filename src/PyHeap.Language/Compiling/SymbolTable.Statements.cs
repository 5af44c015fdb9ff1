using PyHeap.Language.Syntax;

namespace PyHeap.Language.Compiling;

public sealed partial class SymbolTable
{
    /// <summary>Models symtable_visit_stmt.</summary>
    private void VisitStmt(Statement s)
    {
        switch (s)
        {
            case FunctionDef f:
                AddDef(f.Name, SymbolFlags.DefLocal, f.Span);
                VisitExprs(f.Args.Defaults);
                foreach (var d in f.Args.KwDefaults) if (d is not null) VisitExpr(d);
                VisitAnnotations(f.Args, f.Returns);
                VisitExprs(f.DecoratorList);
                EnterBlock(f.Name, BlockType.Function, f, f.Span.Line);
                VisitArguments(f.Args);
                foreach (var b in f.Body) VisitStmt(b);
                ExitBlock();
                break;
            case ClassDef c:
            {
                AddDef(c.Name, SymbolFlags.DefLocal, c.Span);
                VisitExprs(c.Bases);
                foreach (var k in c.Keywords) VisitExpr(k.Value);
                VisitExprs(c.DecoratorList);
                EnterBlock(c.Name, BlockType.Class, c, c.Span.Line);
                var saved = privateName;
                privateName = c.Name;
                foreach (var b in c.Body) VisitStmt(b);
                privateName = saved;
                ExitBlock();
                break;
            }
            case Return r:
                if (r.Value is not null)
                {
                    VisitExpr(r.Value);
                    current.ReturnsValue = true;
                }
                break;
            case Delete d:
                VisitExprs(d.Targets);
                break;
            case Assign a:
                VisitExprs(a.Targets);
                VisitExpr(a.Value);
                break;
            case AnnAssign an:
                VisitAnnAssign(an);
                break;
            case AugAssign au:
                VisitExpr(au.Target);
                VisitExpr(au.Value);
                break;
            case For f:
                VisitExpr(f.Target);
                VisitExpr(f.Iter);
                VisitStmts(f.Body);
                VisitStmts(f.OrElse);
                break;
            case While w:
                VisitExpr(w.Test);
                VisitStmts(w.Body);
                VisitStmts(w.OrElse);
                break;
            case If i:
                VisitExpr(i.Test);
                VisitStmts(i.Body);
                VisitStmts(i.OrElse);
                break;
            case Raise r:
                if (r.Exc is not null)
                {
                    VisitExpr(r.Exc);
                    if (r.Cause is not null) VisitExpr(r.Cause);
                }
                break;
            case Try t:
                VisitStmts(t.Body);
                VisitStmts(t.OrElse);
                foreach (var h in t.Handlers)
                {
                    if (h.Type is not null) VisitExpr(h.Type);
                    if (h.Name is not null) AddDef(h.Name, SymbolFlags.DefLocal, h.Span);
                    VisitStmts(h.Body);
                }
                VisitStmts(t.FinalBody);
                break;
            case Assert a:
                VisitExpr(a.Test);
                if (a.Msg is not null) VisitExpr(a.Msg);
                break;
            case Import im:
                foreach (var alias in im.Names) VisitAlias(alias);
                break;
            case ImportFrom imf:
                foreach (var alias in imf.Names) VisitAlias(alias);
                break;
            case Global g:
                foreach (var name in g.Names) VisitDirective(name, g.Span, isGlobal: true);
                break;
            case Nonlocal n:
                foreach (var name in n.Names) VisitDirective(name, n.Span, isGlobal: false);
                break;
            case ExprStatement e:
                VisitExpr(e.Value);
                break;
            case With w:
                foreach (var item in w.Items)
                {
                    VisitExpr(item.ContextExpr);
                    if (item.OptionalVars is not null) VisitExpr(item.OptionalVars);
                }
                VisitStmts(w.Body);
                break;
            case Pass or Break or Continue:
                break;
            default:
                throw new NotSupportedException($"symtable: unsupported statement {s.GetType().Name}");
        }
    }

    private void VisitStmts(IReadOnlyList<Statement> body)
    {
        foreach (var s in body) VisitStmt(s);
    }

    private void VisitAnnAssign(AnnAssign an)
    {
        if (an.Target is Name name)
        {
            var cur = LookupFlags(name.Id);
            if ((cur & (SymbolFlags.DefGlobal | SymbolFlags.DefNonlocal)) != 0 && current != Top && an.Simple)
            {
                var kind = (cur & SymbolFlags.DefGlobal) != 0 ? "global" : "nonlocal";
                throw Error($"annotated name '{name.Id}' can't be {kind}", an.Span);
            }
            if (an.Simple) AddDef(name.Id, SymbolFlags.DefAnnot | SymbolFlags.DefLocal, name.Span);
            else if (an.Value is not null) AddDef(name.Id, SymbolFlags.DefLocal, name.Span);
        }
        else
        {
            VisitExpr(an.Target);
        }
        VisitExpr(an.Annotation);
        if (an.Value is not null) VisitExpr(an.Value);
    }

    /// <summary>Models the Global_kind / Nonlocal_kind cases of symtable_visit_stmt.</summary>
    private void VisitDirective(string name, SourceSpan span, bool isGlobal)
    {
        var cur = LookupFlags(name);
        var word = isGlobal ? "global" : "nonlocal";
        if ((cur & (SymbolFlags.DefParam | SymbolFlags.DefLocal | SymbolFlags.Use | SymbolFlags.DefAnnot)) != 0)
        {
            string msg;
            if ((cur & SymbolFlags.DefParam) != 0) msg = $"name '{name}' is parameter and {word}";
            else if ((cur & SymbolFlags.Use) != 0) msg = $"name '{name}' is used prior to {word} declaration";
            else if ((cur & SymbolFlags.DefAnnot) != 0) msg = $"annotated name '{name}' can't be {word}";
            else msg = $"name '{name}' is assigned to before {word} declaration";
            throw Error(msg, span);
        }
        AddDef(name, isGlobal ? SymbolFlags.DefGlobal : SymbolFlags.DefNonlocal, span);
        current.Directives.TryAdd(Mangler.Mangle(privateName, name), span);
    }

    /// <summary>Models symtable_visit_alias.</summary>
    private void VisitAlias(Alias alias)
    {
        var storeName = alias.AsName ?? alias.Name;
        var dot = storeName.IndexOf('.');
        if (alias.AsName is null && dot >= 0) storeName = storeName[..dot];
        if (alias.Name == "*")
        {
            if (current.Type != BlockType.Module)
                throw Error("import * only allowed at module level", alias.Span);
            return;
        }
        AddDef(storeName, SymbolFlags.DefImport, alias.Span);
    }

    /// <summary>Models symtable_visit_annotations (annotations are evaluated in the enclosing scope).</summary>
    private void VisitAnnotations(Arguments a, Expression? returns)
    {
        foreach (var p in a.PosOnlyArgs) if (p.Annotation is not null) VisitExpr(p.Annotation);
        foreach (var p in a.Args) if (p.Annotation is not null) VisitExpr(p.Annotation);
        if (a.VarArg?.Annotation is not null) VisitExpr(a.VarArg.Annotation);
        if (a.KwArg?.Annotation is not null) VisitExpr(a.KwArg.Annotation);
        foreach (var p in a.KwOnlyArgs) if (p.Annotation is not null) VisitExpr(p.Annotation);
        if (returns is not null) VisitExpr(returns);
    }

    /// <summary>Models symtable_visit_arguments: parameters in co_varnames order.</summary>
    private void VisitArguments(Arguments a)
    {
        foreach (var p in a.PosOnlyArgs) AddDef(p.Name, SymbolFlags.DefParam, p.Span);
        foreach (var p in a.Args) AddDef(p.Name, SymbolFlags.DefParam, p.Span);
        foreach (var p in a.KwOnlyArgs) AddDef(p.Name, SymbolFlags.DefParam, p.Span);
        if (a.VarArg is not null)
        {
            AddDef(a.VarArg.Name, SymbolFlags.DefParam, a.VarArg.Span);
            current.HasVarArgs = true;
        }
        if (a.KwArg is not null)
        {
            AddDef(a.KwArg.Name, SymbolFlags.DefParam, a.KwArg.Span);
            current.HasVarKeywords = true;
        }
    }
}
