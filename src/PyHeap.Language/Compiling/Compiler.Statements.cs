using PyHeap.Language.Syntax;

namespace PyHeap.Language.Compiling;

public sealed partial class Compiler
{
    private static ConstantValue? GetDocString(IReadOnlyList<Statement> body) =>
        body.Count > 0 && body[0] is ExprStatement { Value: Constant { Value.Kind: ConstantKind.Str } c } ? c.Value : null;

    /// <summary>Models compiler_body (module and class bodies).</summary>
    private void CompileBody(IReadOnlyList<Statement> stmts, bool isModule)
    {
        if (isModule && stmts.Count > 0) SetLoc(stmts[0]);
        if (FindAnn(stmts)) AddOp(OpCode.SETUP_ANNOTATIONS);
        if (stmts.Count == 0) return;
        var i = 0;
        var returnsLast = interactive && isModule && stmts[^1] is ExprStatement;
        if (GetDocString(stmts) is not null && !(returnsLast && stmts.Count == 1))
        {
            i = 1;
            VisitExpr(((ExprStatement)stmts[0]).Value);
            UnsetLoc();
            NameOp("__doc__", ExprContext.Store);
        }
        for (; i < stmts.Count; i++)
        {
            if (returnsLast && i == stmts.Count - 1)
            {
                // Interactive cells return their last expression's value instead of discarding it.
                SetLoc(stmts[i]);
                VisitExpr(((ExprStatement)stmts[i]).Value);
                AddOp(OpCode.RETURN_VALUE);
            }
            else
            {
                VisitStmt(stmts[i]);
            }
        }
    }

    /// <summary>Models find_ann: does the block (not nested defs) contain an annotated assignment?</summary>
    private static bool FindAnn(IReadOnlyList<Statement> stmts)
    {
        foreach (var st in stmts)
        {
            var res = st switch
            {
                AnnAssign => true,
                For f => FindAnn(f.Body) || FindAnn(f.OrElse),
                While w => FindAnn(w.Body) || FindAnn(w.OrElse),
                If i => FindAnn(i.Body) || FindAnn(i.OrElse),
                With w => FindAnn(w.Body),
                Try t => t.Handlers.Any(h => FindAnn(h.Body)) || FindAnn(t.Body) || FindAnn(t.FinalBody) || FindAnn(t.OrElse),
                _ => false,
            };
            if (res) return true;
        }
        return false;
    }

    private void VisitStmts(IReadOnlyList<Statement> stmts)
    {
        foreach (var s in stmts) VisitStmt(s);
    }

    /// <summary>Models compiler_visit_stmt.</summary>
    private void VisitStmt(Statement s)
    {
        SetLoc(s);
        switch (s)
        {
            case FunctionDef f: CompileFunction(f); break;
            case ClassDef c: CompileClass(c); break;
            case Return r: CompileReturn(r); break;
            case Delete d:
                foreach (var t in d.Targets) VisitExpr(t);
                break;
            case Assign a:
                VisitExpr(a.Value);
                for (var i = 0; i < a.Targets.Count; i++)
                {
                    if (i < a.Targets.Count - 1) AddOpI(OpCode.COPY, 1);
                    VisitExpr(a.Targets[i]);
                }
                break;
            case AugAssign au: CompileAugAssign(au); break;
            case AnnAssign an: CompileAnnAssign(an); break;
            case For f: CompileFor(f); break;
            case While w: CompileWhile(w); break;
            case If i: CompileIf(i); break;
            case Raise r:
            {
                var n = 0;
                if (r.Exc is not null)
                {
                    VisitExpr(r.Exc);
                    n++;
                    if (r.Cause is not null)
                    {
                        VisitExpr(r.Cause);
                        n++;
                    }
                }
                AddOpI(OpCode.RAISE_VARARGS, n);
                break;
            }
            case Try t:
                if (t.FinalBody.Count > 0) CompileTryFinally(t);
                else CompileTryExcept(t);
                break;
            case Assert a: CompileAssert(a); break;
            case Import im: CompileImport(im); break;
            case ImportFrom imf: CompileFromImport(imf); break;
            case Global or Nonlocal: break;
            case ExprStatement e: CompileStmtExpr(e.Value); break;
            case Pass: AddOp(OpCode.NOP); break;
            case Break: CompileBreak(); break;
            case Continue: CompileContinue(); break;
            case With w: CompileWith(w, 0); break;
            default: throw new NotSupportedException($"compiler: unsupported statement {s.GetType().Name}");
        }
    }

    /// <summary>Models compiler_visit_stmt_expr.</summary>
    private void CompileStmtExpr(Expression value)
    {
        if (value is Constant)
        {
            AddOp(OpCode.NOP);
            return;
        }
        VisitExpr(value);
        UnsetLoc();
        AddOp(OpCode.POP_TOP);
    }

    /// <summary>Models compiler_return.</summary>
    private void CompileReturn(Return s)
    {
        var preserveTos = s.Value is not null and not Constant;
        if (u.Ste.Type != BlockType.Function) throw Error("'return' outside function", s.Span);
        if (preserveTos)
        {
            VisitExpr(s.Value!);
        }
        else if (s.Value is not null)
        {
            SetLoc(s.Value);
            AddOp(OpCode.NOP);
        }
        if (s.Value is null || s.Value.Span.Line != s.Span.Line)
        {
            SetLoc(s);
            AddOp(OpCode.NOP);
        }
        UnwindFrameBlockStack(preserveTos, out _, stopAtLoop: false);
        if (s.Value is null) LoadConst(ConstantValue.None);
        else if (!preserveTos)
        {
            SourceConstant(((Constant)s.Value).Value);
            LoadConst(((Constant)s.Value).Value);
        }
        AddOp(OpCode.RETURN_VALUE);
        NextBlock();
    }

    /// <summary>Models compiler_break.</summary>
    private void CompileBreak()
    {
        var loc = u.Loc;
        AddOp(OpCode.NOP);
        UnwindFrameBlockStack(false, out var loop, stopAtLoop: true);
        if (loop is null) throw Error("'break' outside loop", loc);
        UnwindFrameBlock(loop, false);
        AddJump(PseudoOp.Jump, loop.Exit!);
        NextBlock();
    }

    /// <summary>Models compiler_continue.</summary>
    private void CompileContinue()
    {
        var loc = u.Loc;
        AddOp(OpCode.NOP);
        UnwindFrameBlockStack(false, out var loop, stopAtLoop: true);
        if (loop is null) throw Error("'continue' not properly in loop", loc);
        AddJump(PseudoOp.Jump, loop.Block!);
        NextBlock();
    }

    /// <summary>Models compiler_if.</summary>
    private void CompileIf(If s)
    {
        var end = u.NewBlock();
        var next = s.OrElse.Count > 0 ? u.NewBlock() : end;
        JumpIf(s.Test, next, false);
        VisitStmts(s.Body);
        if (s.OrElse.Count > 0)
        {
            AddJumpNoLine(PseudoOp.Jump, end);
            UseNextBlock(next);
            VisitStmts(s.OrElse);
        }
        UseNextBlock(end);
    }

    /// <summary>Models compiler_for.</summary>
    private void CompileFor(For s)
    {
        var start = u.NewBlock();
        var body = u.NewBlock();
        var cleanup = u.NewBlock();
        var end = u.NewBlock();
        PushFrameBlock(FrameBlockType.ForLoop, start, end, null);
        VisitExpr(s.Iter);
        AddOp(OpCode.GET_ITER);
        UseNextBlock(start);
        AddJump(OpCode.FOR_ITER, cleanup);
        UseNextBlock(body);
        VisitExpr(s.Target);
        VisitStmts(s.Body);
        // The back-edge is artificial: it takes the line of the last body instruction.
        UnsetLoc();
        AddJump(PseudoOp.Jump, start);
        UseNextBlock(cleanup);
        PopFrameBlock();
        VisitStmts(s.OrElse);
        UseNextBlock(end);
    }

    /// <summary>Models compiler_while: the test is duplicated at the bottom of the loop.</summary>
    private void CompileWhile(While s)
    {
        var loop = u.NewBlock();
        var body = u.NewBlock();
        var anchor = u.NewBlock();
        var end = u.NewBlock();
        UseNextBlock(loop);
        PushFrameBlock(FrameBlockType.WhileLoop, loop, end, null);
        JumpIf(s.Test, anchor, false);
        UseNextBlock(body);
        VisitStmts(s.Body);
        SetLoc(s);
        JumpIf(s.Test, body, true);
        PopFrameBlock();
        UseNextBlock(anchor);
        VisitStmts(s.OrElse);
        UseNextBlock(end);
    }

    /// <summary>Models compiler_assert.</summary>
    private void CompileAssert(Assert s)
    {
        var end = u.NewBlock();
        JumpIf(s.Test, end, true);
        AddOp(OpCode.LOAD_ASSERTION_ERROR);
        if (s.Msg is not null)
        {
            VisitExpr(s.Msg);
            AddOpI(OpCode.PRECALL, 0);
            AddOpI(OpCode.CALL, 0);
        }
        AddOpI(OpCode.RAISE_VARARGS, 1);
        UseNextBlock(end);
    }

    /// <summary>Models compiler_import and compiler_import_as.</summary>
    private void CompileImport(Import s)
    {
        foreach (var alias in s.Names)
        {
            LoadConst(ConstantValue.Int(0));
            LoadConst(ConstantValue.None);
            AddOpName(OpCode.IMPORT_NAME, alias.Name);
            var dot = alias.Name.IndexOf('.');
            if (alias.AsName is not null)
            {
                if (dot >= 0)
                {
                    // import a.b.c as d: walk the submodules with IMPORT_FROM.
                    var parts = alias.Name.Split('.');
                    for (var i = 1; i < parts.Length; i++)
                    {
                        AddOpI(OpCode.IMPORT_FROM, CompilerUnit.AddName(u.Names, parts[i]));
                        if (i == parts.Length - 1) break;
                        AddOpI(OpCode.SWAP, 2);
                        AddOp(OpCode.POP_TOP);
                    }
                    NameOp(alias.AsName, ExprContext.Store);
                    AddOp(OpCode.POP_TOP);
                }
                else
                {
                    NameOp(alias.AsName, ExprContext.Store);
                }
            }
            else
            {
                NameOp(dot >= 0 ? alias.Name[..dot] : alias.Name, ExprContext.Store);
            }
        }
    }

    /// <summary>Models compiler_from_import.</summary>
    private void CompileFromImport(ImportFrom s)
    {
        LoadConst(ConstantValue.Int(s.Level));
        LoadConst(ConstantValue.Tuple(s.Names.Select(a => ConstantValue.Str(a.Name)).ToArray()));
        AddOpName(OpCode.IMPORT_NAME, s.Module ?? "");
        for (var i = 0; i < s.Names.Count; i++)
        {
            var alias = s.Names[i];
            if (i == 0 && alias.Name == "*")
            {
                AddOp(OpCode.IMPORT_STAR);
                return;
            }
            AddOpName(OpCode.IMPORT_FROM, alias.Name);
            NameOp(alias.AsName ?? alias.Name, ExprContext.Store);
        }
        AddOp(OpCode.POP_TOP);
    }
}
