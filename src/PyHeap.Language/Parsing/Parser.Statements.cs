namespace PyHeap.Language.Parsing;

using PyHeap.Language.Lexing;
using PyHeap.Language.Syntax;

public sealed partial class Parser
{
    private void ParseStatement(List<Statement> into)
    {
        var t = Peek();
        if (t.Kind == TokenKind.Name)
        {
            switch (t.Text)
            {
                case "if": into.Add(ParseIf()); return;
                case "while": into.Add(ParseWhile()); return;
                case "for": into.Add(ParseFor()); return;
                case "try": into.Add(ParseTry()); return;
                case "with": into.Add(ParseWith()); return;
                case "def": into.Add(ParseFunctionDef([])); return;
                case "class": into.Add(ParseClassDef([])); return;
                case "async": throw Unsupported(t.Span, "'async' is");
                case "match" when LooksLikeMatchStatement(): throw Unsupported(t.Span, "match statements are");
            }
        }
        else if (t.IsOp("@"))
        {
            into.Add(ParseDecorated());
            return;
        }
        ParseSimpleStatements(into);
    }

    /// <summary>simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE.</summary>
    private void ParseSimpleStatements(List<Statement> into)
    {
        while (true)
        {
            var stmt = ParseSimpleStatement();
            into.Add(stmt);
            if (!TryOp(";")) break;
            if (Peek().Kind == TokenKind.Newline) break;
        }
        if (Peek().Kind != TokenKind.Newline)
        {
            if (into[^1] is ExprStatement { Value: Name { Id: "print" or "exec" } legacy }) ThrowLegacyCall(legacy);
            throw InvalidSyntax();
        }
        Next();
    }

    /// <summary>"print x": CPython's invalid_legacy_expression.</summary>
    private void ThrowLegacyCall(Name name)
    {
        int save = p;
        try
        {
            if (StartsExpression(Peek()))
            {
                ParseStarExpressions();
                throw ErrorAt(SourceSpan.Cover(name.Span, last), $"Missing parentheses in call to '{name.Id}'. Did you mean {name.Id}(...)?");
            }
        }
        catch (PySyntaxError e) when (!e.Message.StartsWith("Missing", StringComparison.Ordinal) && !IsTokenizerError(e))
        {
        }
        p = save;
    }

    private Statement ParseSimpleStatement()
    {
        var t = Peek();
        var start = t.Span;
        if (t.Kind == TokenKind.Name)
        {
            switch (t.Text)
            {
                case "pass": Next(); return new Pass(From(start));
                case "break": Next(); return new Break(From(start));
                case "continue": Next(); return new Continue(From(start));
                case "return":
                    Next();
                    return new Return(AtSimpleStatementEnd() ? null : ParseStarExpressions(), From(start));
                case "raise": return ParseRaise();
                case "global":
                case "nonlocal":
                    return ParseGlobal();
                case "del": return ParseDel();
                case "assert":
                    {
                        Next();
                        var test = ParseExpression();
                        var msg = TryOp(",") ? ParseExpression() : null;
                        return new Assert(test, msg, From(start));
                    }
                case "import": return ParseImport();
                case "from": return ParseFromImport();
            }
        }
        return ParseExpressionStatement();
    }

    private bool AtSimpleStatementEnd()
    {
        var t = Peek();
        return t.Kind is TokenKind.Newline or TokenKind.EndMarker || t.IsOp(";");
    }

    private Statement ParseRaise()
    {
        var start = Next().Span;
        if (AtSimpleStatementEnd()) return new Raise(null, null, From(start));
        var exc = ParseExpression();
        var cause = TryKeyword("from") ? ParseExpression() : null;
        return new Raise(exc, cause, From(start));
    }

    private Statement ParseGlobal()
    {
        var kw = Next();
        var names = new List<string> { ExpectName() };
        while (TryOp(",")) names.Add(ExpectName());
        return kw.Text == "global" ? new Global(names, From(kw.Span)) : new Nonlocal(names, From(kw.Span));
    }

    private Statement ParseDel()
    {
        var start = Next().Span;
        var targets = new List<Expression>();
        do
        {
            if (AtSimpleStatementEnd()) break;
            var e = ParseDelTarget();
            targets.Add(e);
        }
        while (TryOp(","));
        if (targets.Count == 0) throw InvalidSyntax();
        return new Delete(targets, From(start));
    }

    private Expression ParseDelTarget()
    {
        // del_target is a bitwise_or-level expression; stars and comparisons are named in the errors like CPython.
        var e = Peek().IsOp("*") ? ParseStarExpression() : ParseExpression();
        return ToTarget(e, ExprContext.Del);
    }

    private Statement ParseImport()
    {
        var start = Next().Span;
        var names = new List<Alias>();
        do
        {
            var aStart = Peek().Span;
            var name = ParseDottedName();
            string? asName = TryKeyword("as") ? ExpectName() : null;
            names.Add(new Alias(name, asName, From(aStart)));
        }
        while (TryOp(","));
        return new Import(names, From(start));
    }

    private string ParseDottedName()
    {
        var name = ExpectName();
        while (AtOp("."))
        {
            Next();
            name += "." + ExpectName();
        }
        return name;
    }

    private Statement ParseFromImport()
    {
        var start = Next().Span;
        int level = 0;
        while (AtOp(".") || AtOp("..."))
        {
            level += Next().Text.Length;
        }
        string? module = null;
        if (level == 0 || !AtKeyword("import")) module = ParseDottedName();
        ExpectKeyword("import");
        var names = new List<Alias>();
        if (AtOp("*"))
        {
            var star = Next();
            names.Add(new Alias("*", null, star.Span));
            return new ImportFrom(module, names, level, From(start));
        }
        bool paren = TryOp("(");
        do
        {
            if (paren && AtOp(")")) break;
            var aStart = Peek().Span;
            var name = ExpectName();
            string? asName = TryKeyword("as") ? ExpectName() : null;
            names.Add(new Alias(name, asName, From(aStart)));
        }
        while (TryOp(","));
        if (paren)
        {
            if (names.Count == 0) throw InvalidSyntax();
            ExpectOp(")");
        }
        else if (AtOp(",") || AtSimpleStatementEnd() && names.Count == 0)
        {
            throw InvalidSyntax();
        }
        return new ImportFrom(module, names, level, From(start));
    }

    /// <summary>'match' is a soft keyword: it starts a match statement only as "match subject:" + NEWLINE.</summary>
    private bool LooksLikeMatchStatement()
    {
        int save = p;
        var saveLast = last;
        try
        {
            Next();
            if (AtOp("=")) return false;
            ParseStarNamedExpressions();
            return AtOp(":") && PeekAt(1).Kind == TokenKind.Newline;
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
