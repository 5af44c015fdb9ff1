using PyHeap.Language.Syntax;

namespace PyHeap.Language.Compiling;

public sealed partial class Compiler
{
    /// <summary>Models compiler_comprehension: a nested function called with the outermost iterator.</summary>
    private void CompileComprehension(Expression e, string name, ComprehensionKind kind, IReadOnlyList<Comprehension> generators,
        Expression elt, Expression? val)
    {
        var outermost = generators[0];
        EnterScope(name, CompilerScopeType.Comprehension, e, e.Span.Line);
        SetLoc(e);
        if (kind != ComprehensionKind.GenExp)
        {
            AddOpI(kind switch { ComprehensionKind.List => OpCode.BUILD_LIST, ComprehensionKind.Set => OpCode.BUILD_SET, _ => OpCode.BUILD_MAP }, 0);
        }
        ComprehensionGenerator(generators, 0, 0, elt, val, kind);
        if (kind != ComprehensionKind.GenExp) AddOp(OpCode.RETURN_VALUE);
        var code = Assemble(addNone: true);
        ExitScope();
        MakeClosure(code, 0);
        VisitExpr(outermost.Iter);
        AddOp(OpCode.GET_ITER);
        AddOpI(OpCode.PRECALL, 0);
        AddOpI(OpCode.CALL, 0);
    }

    /// <summary>Models compiler_sync_comprehension_generator.</summary>
    private void ComprehensionGenerator(IReadOnlyList<Comprehension> generators, int genIndex, int depth, Expression elt,
        Expression? val, ComprehensionKind kind)
    {
        BasicBlock? start = u.NewBlock();
        var ifCleanup = u.NewBlock();
        var anchor = u.NewBlock();
        var gen = generators[genIndex];
        if (genIndex == 0)
        {
            // The outermost iterator arrives as the implicit argument .0.
            u.ArgCount = 1;
            AddOpI(OpCode.LOAD_FAST, 0);
        }
        else
        {
            // for y in [f(x)]: bind the single element without a loop.
            var elts = gen.Iter switch { ListDisplay l => l.Elts, TupleDisplay t => t.Elts, _ => null };
            if (elts is { Count: 1 } && elts[0] is not Starred)
            {
                VisitExpr(elts[0]);
                start = null;
            }
            if (start is not null)
            {
                VisitExpr(gen.Iter);
                AddOp(OpCode.GET_ITER);
            }
        }
        if (start is not null)
        {
            depth++;
            UseNextBlock(start);
            AddJump(OpCode.FOR_ITER, anchor);
            NextBlock();
        }
        VisitExpr(gen.Target);
        foreach (var cond in gen.Ifs)
        {
            JumpIf(cond, ifCleanup, false);
            NextBlock();
        }
        if (++genIndex < generators.Count) ComprehensionGenerator(generators, genIndex, depth, elt, val, kind);
        if (genIndex >= generators.Count)
        {
            switch (kind)
            {
                case ComprehensionKind.GenExp:
                    VisitExpr(elt);
                    AddOp(OpCode.YIELD_VALUE);
                    AddOpI(OpCode.RESUME, 1);
                    AddOp(OpCode.POP_TOP);
                    break;
                case ComprehensionKind.List:
                    VisitExpr(elt);
                    AddOpI(OpCode.LIST_APPEND, depth + 1);
                    break;
                case ComprehensionKind.Set:
                    VisitExpr(elt);
                    AddOpI(OpCode.SET_ADD, depth + 1);
                    break;
                default:
                    VisitExpr(elt);
                    VisitExpr(val!);
                    AddOpI(OpCode.MAP_ADD, depth + 1);
                    break;
            }
        }
        UseNextBlock(ifCleanup);
        if (start is not null)
        {
            AddJump(PseudoOp.Jump, start);
            UseNextBlock(anchor);
        }
    }
}
