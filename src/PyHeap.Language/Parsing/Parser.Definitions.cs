namespace PyHeap.Language.Parsing;

using PyHeap.Language.Lexing;
using PyHeap.Language.Syntax;

public sealed partial class Parser
{
    private Statement ParseDecorated()
    {
        var decorators = new List<Expression>();
        while (TryOp("@"))
        {
            decorators.Add(ParseNamedExpression());
            if (Peek().Kind != TokenKind.Newline) throw InvalidSyntax();
            Next();
        }
        if (AtKeyword("def")) return ParseFunctionDef(decorators);
        if (AtKeyword("class")) return ParseClassDef(decorators);
        if (AtKeyword("async")) throw Unsupported(Peek().Span, "'async' is");
        throw InvalidSyntax();
    }

    private FunctionDef ParseFunctionDef(IReadOnlyList<Expression> decorators)
    {
        var kw = Next();
        var name = ExpectName();
        ExpectForced("(");
        var args = ParseParameters(lambda: false);
        ExpectOp(")");
        Expression? returns = TryOp("->") ? ParseExpression() : null;
        ExpectForced(":");
        var body = ParseBlock("function definition", kw.Span.Line);
        return new FunctionDef(name, args, body, decorators, returns, From(kw.Span));
    }

    private ClassDef ParseClassDef(IReadOnlyList<Expression> decorators)
    {
        var kw = Next();
        var name = ExpectName();
        IReadOnlyList<Expression> bases = [];
        IReadOnlyList<Keyword> keywords = [];
        if (TryOp("("))
        {
            (bases, keywords) = ParseCallArguments(kw.Span);
            ExpectOp(")");
        }
        ExpectColon();
        var body = ParseBlock("class definition", kw.Span.Line);
        return new ClassDef(name, bases, keywords, body, decorators, From(kw.Span));
    }

    /// <summary>Parameters of a def (up to ')') or a lambda (up to ':').</summary>
    private Arguments ParseParameters(bool lambda)
    {
        string closer = lambda ? ":" : ")";
        var posOnly = new List<Arg>();
        var args = new List<Arg>();
        var defaults = new List<Expression>();
        var kwOnly = new List<Arg>();
        var kwDefaults = new List<Expression?>();
        Arg? varArg = null, kwArg = null;
        bool seenStar = false, seenSlash = false;
        while (!AtOp(closer))
        {
            var t = Peek();
            if (t.IsOp("/"))
            {
                if (seenSlash) throw ErrorAt(t.Span, "/ may appear only once");
                if (seenStar) throw ErrorAt(t.Span, "/ must be ahead of *");
                if (args.Count == 0) throw InvalidSyntax();
                Next();
                seenSlash = true;
                posOnly.AddRange(args);
                args.Clear();
            }
            else if (t.IsOp("*"))
            {
                if (seenStar) throw ErrorAt(t.Span, "* argument may appear only once");
                Next();
                seenStar = true;
                if (AtOp(",") || AtOp(closer))
                {
                    var after = AtOp(",") ? PeekAt(1) : Peek();
                    // CPython places this at the '*' for a def but at the token after it for a lambda.
                    if (after.IsOp(closer) || after.IsOp("**")) throw ErrorAt(lambda ? after.Span : t.Span, "named arguments must follow bare *");
                }
                else
                {
                    varArg = ParseParam(lambda);
                    if (AtOp("=")) throw ErrorAt(Peek().Span, "var-positional argument cannot have default value");
                }
            }
            else if (t.IsOp("**"))
            {
                Next();
                kwArg = ParseParam(lambda);
                if (AtOp("=")) throw ErrorAt(Peek().Span, "var-keyword argument cannot have default value");
                if (AtOp(",") && !PeekAt(1).IsOp(closer))
                {
                    Next();
                    throw ErrorAt(Peek().Span, "arguments cannot follow var-keyword argument");
                }
                TryOp(",");
                break;
            }
            else
            {
                var arg = ParseParam(lambda);
                Expression? def = TryOp("=") ? ParseExpression() : null;
                if (seenStar)
                {
                    kwOnly.Add(arg);
                    kwDefaults.Add(def);
                }
                else if (def != null)
                {
                    args.Add(arg);
                    defaults.Add(def);
                }
                else
                {
                    if (defaults.Count > 0) throw ErrorAt(arg.Span, "non-default argument follows default argument");
                    args.Add(arg);
                }
            }
            if (!TryOp(",")) break;
        }
        if (!AtOp(closer)) throw InvalidSyntax();
        return new Arguments(posOnly, args, varArg, kwOnly, kwDefaults, kwArg, defaults, SourceSpan.None);
    }

    private Arg ParseParam(bool lambda)
    {
        var start = Peek().Span;
        var name = ExpectName();
        Expression? annotation = null;
        if (!lambda && TryOp(":")) annotation = ParseExpression();
        return new Arg(name, annotation, From(start));
    }
}
