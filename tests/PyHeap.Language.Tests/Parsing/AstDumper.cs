namespace PyHeap.Language.Tests.Parsing;

using System.Text;
using PyHeap.Language.Syntax;

/// <summary>Prints our tree exactly like Python 3.11's <c>ast.dump(tree)</c> (optionally with
/// <c>include_attributes=True</c>), so parses can be compared with CPython's output verbatim.</summary>
public sealed class AstDumper
{
    private readonly bool attributes;
    private readonly StringBuilder sb = new();

    private AstDumper(bool attributes) => this.attributes = attributes;

    public static string Dump(ModuleNode module, bool includeAttributes = false)
    {
        var d = new AstDumper(includeAttributes);
        d.Open("Module");
        d.List("body", module.Body, d.Stmt);
        d.Sep();
        d.sb.Append("type_ignores=[]");
        d.sb.Append(')');
        return d.sb.ToString();
    }

    private bool first;

    private void Open(string name)
    {
        sb.Append(name).Append('(');
        first = true;
    }

    private void Sep()
    {
        if (!first) sb.Append(", ");
        first = false;
    }

    private void Close(SourceSpan? span)
    {
        if (attributes && span is { } s)
        {
            Field("lineno", () => sb.Append(s.Line));
            Field("col_offset", () => sb.Append(s.Column));
            Field("end_lineno", () => sb.Append(s.EndLine));
            Field("end_col_offset", () => sb.Append(s.EndColumn));
        }
        sb.Append(')');
        first = false;
    }

    private void Field(string name, Action value)
    {
        Sep();
        sb.Append(name).Append('=');
        value();
    }

    private void Opt(string name, Expression? e)
    {
        if (e != null) Field(name, () => Expr(e));
    }

    private void Str(string name, string? s)
    {
        if (s != null) Field(name, () => sb.Append(PyRepr.Str(s)));
    }

    private void List<T>(string name, IReadOnlyList<T> items, Action<T> each)
    {
        Field(name, () =>
        {
            sb.Append('[');
            for (int i = 0; i < items.Count; i++)
            {
                if (i > 0) sb.Append(", ");
                each(items[i]);
            }
            sb.Append(']');
            first = false;
        });
    }

    private void Exprs(string name, IReadOnlyList<Expression> items) => List(name, items, Expr);

    private void Stmts(string name, IReadOnlyList<Statement> items) => List(name, items, Stmt);

    private void MaybeExpr(Expression? e)
    {
        if (e == null) sb.Append("None");
        else Expr(e);
    }

    private void Simple(string name) => sb.Append(name).Append("()");

    private void Ctx(ExprContext ctx) => Field("ctx", () => Simple(ctx.ToString()));

    private void Stmt(Statement s)
    {
        switch (s)
        {
            case FunctionDef f:
                Open("FunctionDef");
                Str("name", f.Name);
                Field("args", () => Args(f.Args));
                Stmts("body", f.Body);
                Exprs("decorator_list", f.DecoratorList);
                Opt("returns", f.Returns);
                break;
            case ClassDef c:
                Open("ClassDef");
                Str("name", c.Name);
                Exprs("bases", c.Bases);
                List("keywords", c.Keywords, Kw);
                Stmts("body", c.Body);
                Exprs("decorator_list", c.DecoratorList);
                break;
            case Return r:
                Open("Return");
                Opt("value", r.Value);
                break;
            case Delete d:
                Open("Delete");
                Exprs("targets", d.Targets);
                break;
            case Assign a:
                Open("Assign");
                Exprs("targets", a.Targets);
                Field("value", () => Expr(a.Value));
                break;
            case AugAssign a:
                Open("AugAssign");
                Field("target", () => Expr(a.Target));
                Field("op", () => Simple(a.Op.ToString()));
                Field("value", () => Expr(a.Value));
                break;
            case AnnAssign a:
                Open("AnnAssign");
                Field("target", () => Expr(a.Target));
                Field("annotation", () => Expr(a.Annotation));
                Opt("value", a.Value);
                Field("simple", () => sb.Append(a.Simple ? 1 : 0));
                break;
            case For f:
                Open("For");
                Field("target", () => Expr(f.Target));
                Field("iter", () => Expr(f.Iter));
                Stmts("body", f.Body);
                Stmts("orelse", f.OrElse);
                break;
            case While w:
                Open("While");
                Field("test", () => Expr(w.Test));
                Stmts("body", w.Body);
                Stmts("orelse", w.OrElse);
                break;
            case If i:
                Open("If");
                Field("test", () => Expr(i.Test));
                Stmts("body", i.Body);
                Stmts("orelse", i.OrElse);
                break;
            case With w:
                Open("With");
                List("items", w.Items, item =>
                {
                    Open("withitem");
                    Field("context_expr", () => Expr(item.ContextExpr));
                    Opt("optional_vars", item.OptionalVars);
                    Close(null);
                });
                Stmts("body", w.Body);
                break;
            case Raise r:
                Open("Raise");
                Opt("exc", r.Exc);
                Opt("cause", r.Cause);
                break;
            case Try t:
                Open("Try");
                Stmts("body", t.Body);
                List("handlers", t.Handlers, h =>
                {
                    Open("ExceptHandler");
                    Opt("type", h.Type);
                    Str("name", h.Name);
                    Stmts("body", h.Body);
                    Close(h.Span);
                });
                Stmts("orelse", t.OrElse);
                Stmts("finalbody", t.FinalBody);
                break;
            case Assert a:
                Open("Assert");
                Field("test", () => Expr(a.Test));
                Opt("msg", a.Msg);
                break;
            case Import i:
                Open("Import");
                List("names", i.Names, Alias);
                break;
            case ImportFrom i:
                Open("ImportFrom");
                Str("module", i.Module);
                List("names", i.Names, Alias);
                Field("level", () => sb.Append(i.Level));
                break;
            case Global g:
                Open("Global");
                List("names", g.Names, n => sb.Append(PyRepr.Str(n)));
                break;
            case Nonlocal n:
                Open("Nonlocal");
                List("names", n.Names, x => sb.Append(PyRepr.Str(x)));
                break;
            case ExprStatement e:
                Open("Expr");
                Field("value", () => Expr(e.Value));
                break;
            case Pass:
                Open("Pass");
                break;
            case Break:
                Open("Break");
                break;
            case Continue:
                Open("Continue");
                break;
            default:
                throw new NotSupportedException(s.GetType().Name);
        }
        Close(s.Span);
    }

    private void Alias(Alias a)
    {
        Open("alias");
        Str("name", a.Name);
        Str("asname", a.AsName);
        Close(a.Span);
    }

    private void Kw(Keyword k)
    {
        Open("keyword");
        Str("arg", k.Arg);
        Field("value", () => Expr(k.Value));
        Close(k.Span);
    }

    private void Arg(Arg a)
    {
        Open("arg");
        Str("arg", a.Name);
        Opt("annotation", a.Annotation);
        Close(a.Span);
    }

    private void Args(Arguments a)
    {
        Open("arguments");
        List("posonlyargs", a.PosOnlyArgs, Arg);
        List("args", a.Args, Arg);
        if (a.VarArg != null) Field("vararg", () => Arg(a.VarArg));
        List("kwonlyargs", a.KwOnlyArgs, Arg);
        List("kw_defaults", a.KwDefaults, MaybeExpr);
        if (a.KwArg != null) Field("kwarg", () => Arg(a.KwArg));
        Exprs("defaults", a.Defaults);
        Close(null);
    }

    private void Comprehensions(IReadOnlyList<Comprehension> gens) => List("generators", gens, g =>
    {
        Open("comprehension");
        Field("target", () => Expr(g.Target));
        Field("iter", () => Expr(g.Iter));
        Exprs("ifs", g.Ifs);
        Field("is_async", () => sb.Append(0));
        Close(null);
    });

    private void Expr(Expression e)
    {
        switch (e)
        {
            case BoolOp b:
                Open("BoolOp");
                Field("op", () => Simple(b.Op.ToString()));
                Exprs("values", b.Values);
                break;
            case NamedExpr n:
                Open("NamedExpr");
                Field("target", () => Expr(n.Target));
                Field("value", () => Expr(n.Value));
                break;
            case BinOp b:
                Open("BinOp");
                Field("left", () => Expr(b.Left));
                Field("op", () => Simple(b.Op.ToString()));
                Field("right", () => Expr(b.Right));
                break;
            case UnaryOp u:
                Open("UnaryOp");
                Field("op", () => Simple(u.Op.ToString()));
                Field("operand", () => Expr(u.Operand));
                break;
            case Lambda l:
                Open("Lambda");
                Field("args", () => Args(l.Args));
                Field("body", () => Expr(l.Body));
                break;
            case IfExp i:
                Open("IfExp");
                Field("test", () => Expr(i.Test));
                Field("body", () => Expr(i.Body));
                Field("orelse", () => Expr(i.OrElse));
                break;
            case DictDisplay d:
                Open("Dict");
                List("keys", d.Keys, MaybeExpr);
                Exprs("values", d.Values);
                break;
            case SetDisplay s:
                Open("Set");
                Exprs("elts", s.Elts);
                break;
            case ListComp c:
                Open("ListComp");
                Field("elt", () => Expr(c.Elt));
                Comprehensions(c.Generators);
                break;
            case SetComp c:
                Open("SetComp");
                Field("elt", () => Expr(c.Elt));
                Comprehensions(c.Generators);
                break;
            case DictComp c:
                Open("DictComp");
                Field("key", () => Expr(c.Key));
                Field("value", () => Expr(c.Value));
                Comprehensions(c.Generators);
                break;
            case GeneratorExp c:
                Open("GeneratorExp");
                Field("elt", () => Expr(c.Elt));
                Comprehensions(c.Generators);
                break;
            case Yield y:
                Open("Yield");
                Opt("value", y.Value);
                break;
            case YieldFrom y:
                Open("YieldFrom");
                Field("value", () => Expr(y.Value));
                break;
            case Compare c:
                Open("Compare");
                Field("left", () => Expr(c.Left));
                List("ops", c.Ops, op => Simple(op.ToString()));
                Exprs("comparators", c.Comparators);
                break;
            case Call c:
                Open("Call");
                Field("func", () => Expr(c.Func));
                Exprs("args", c.Args);
                List("keywords", c.Keywords, Kw);
                break;
            case FormattedValue f:
                Open("FormattedValue");
                Field("value", () => Expr(f.Value));
                Field("conversion", () => sb.Append(f.Conversion));
                Opt("format_spec", f.FormatSpec);
                break;
            case JoinedStr j:
                Open("JoinedStr");
                Exprs("values", j.Values);
                break;
            case Constant c:
                Open("Constant");
                Field("value", () => sb.Append(PyRepr.Constant(c.Value)));
                break;
            case Attribute a:
                Open("Attribute");
                Field("value", () => Expr(a.Value));
                Str("attr", a.Attr);
                Ctx(a.Ctx);
                break;
            case Subscript s:
                Open("Subscript");
                Field("value", () => Expr(s.Value));
                Field("slice", () => Expr(s.Slice));
                Ctx(s.Ctx);
                break;
            case Starred s:
                Open("Starred");
                Field("value", () => Expr(s.Value));
                Ctx(s.Ctx);
                break;
            case Name n:
                Open("Name");
                Str("id", n.Id);
                Ctx(n.Ctx);
                break;
            case ListDisplay l:
                Open("List");
                Exprs("elts", l.Elts);
                Ctx(l.Ctx);
                break;
            case TupleDisplay t:
                Open("Tuple");
                Exprs("elts", t.Elts);
                Ctx(t.Ctx);
                break;
            case Slice s:
                Open("Slice");
                Opt("lower", s.Lower);
                Opt("upper", s.Upper);
                Opt("step", s.Step);
                break;
            default:
                throw new NotSupportedException(e.GetType().Name);
        }
        Close(e.Span);
    }
}
