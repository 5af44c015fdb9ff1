using PyHeap.Language.Syntax;

namespace PyHeap.Language.Compiling;

public sealed partial class Compiler
{
    /// <summary>POP_EXCEPT_AND_RERAISE: the handler-of-handler that restores the previous exception.</summary>
    private void PopExceptAndReraise()
    {
        AddOpI(OpCode.COPY, 3);
        AddOp(OpCode.POP_EXCEPT);
        AddOpI(OpCode.RERAISE, 1);
    }

    /// <summary>Models compiler_try_finally: the finally body is emitted twice, for the normal and exceptional exits.</summary>
    private void CompileTryFinally(Try s)
    {
        var body = u.NewBlock();
        var end = u.NewBlock();
        var exit = u.NewBlock();
        var cleanup = u.NewBlock();
        AddJump(PseudoOp.SetupFinally, end);
        UseNextBlock(body);
        PushFrameBlock(FrameBlockType.FinallyTry, body, end, s.FinalBody);
        if (s.Handlers.Count > 0) CompileTryExcept(s);
        else VisitStmts(s.Body);
        AddOpNoLine(PseudoOp.PopBlock);
        PopFrameBlock();
        VisitStmts(s.FinalBody);
        AddJumpNoLine(PseudoOp.Jump, exit);
        UseNextBlock(end);
        UnsetLoc();
        AddJump(PseudoOp.SetupCleanup, cleanup);
        AddOp(OpCode.PUSH_EXC_INFO);
        PushFrameBlock(FrameBlockType.FinallyEnd, end, null, null);
        VisitStmts(s.FinalBody);
        PopFrameBlock();
        AddOpI(OpCode.RERAISE, 0);
        UseNextBlock(cleanup);
        PopExceptAndReraise();
        UseNextBlock(exit);
    }

    /// <summary>Models compiler_try_except.</summary>
    private void CompileTryExcept(Try s)
    {
        var body = u.NewBlock();
        var except = u.NewBlock();
        var end = u.NewBlock();
        var cleanup = u.NewBlock();
        AddJump(PseudoOp.SetupFinally, except);
        UseNextBlock(body);
        PushFrameBlock(FrameBlockType.TryExcept, body, null, null);
        VisitStmts(s.Body);
        PopFrameBlock();
        AddOpNoLine(PseudoOp.PopBlock);
        VisitStmts(s.OrElse);
        AddJumpNoLine(PseudoOp.Jump, end);
        var n = s.Handlers.Count;
        UseNextBlock(except);
        UnsetLoc();
        AddJump(PseudoOp.SetupCleanup, cleanup);
        AddOp(OpCode.PUSH_EXC_INFO);
        PushFrameBlock(FrameBlockType.ExceptionHandler, null, null, null);
        for (var i = 0; i < n; i++)
        {
            var handler = s.Handlers[i];
            SetLoc(handler);
            if (handler.Type is null && i < n - 1) throw Error("default 'except:' must be last", handler.Span);
            except = u.NewBlock();
            if (handler.Type is not null)
            {
                VisitExpr(handler.Type);
                AddOp(OpCode.CHECK_EXC_MATCH);
                AddJump(PseudoOp.PopJumpIfFalse, except);
            }
            if (handler.Name is not null)
            {
                var cleanupEnd = u.NewBlock();
                var cleanupBody = u.NewBlock();
                NameOp(handler.Name, ExprContext.Store);
                // except T as name: the body runs in a hidden try/finally that clears name.
                AddJump(PseudoOp.SetupCleanup, cleanupEnd);
                UseNextBlock(cleanupBody);
                PushFrameBlock(FrameBlockType.HandlerCleanup, cleanupBody, null, handler.Name);
                VisitStmts(handler.Body);
                PopFrameBlock();
                UnsetLoc();
                AddPseudo(PseudoOp.PopBlock);
                AddPseudo(PseudoOp.PopBlock);
                AddOp(OpCode.POP_EXCEPT);
                LoadConst(ConstantValue.None);
                NameOp(handler.Name, ExprContext.Store);
                NameOp(handler.Name, ExprContext.Del);
                AddJump(PseudoOp.Jump, end);
                UseNextBlock(cleanupEnd);
                UnsetLoc();
                LoadConst(ConstantValue.None);
                NameOp(handler.Name, ExprContext.Store);
                NameOp(handler.Name, ExprContext.Del);
                AddOpI(OpCode.RERAISE, 1);
            }
            else
            {
                var cleanupBody = u.NewBlock();
                AddOp(OpCode.POP_TOP);
                UseNextBlock(cleanupBody);
                PushFrameBlock(FrameBlockType.HandlerCleanup, cleanupBody, null, null);
                VisitStmts(handler.Body);
                PopFrameBlock();
                UnsetLoc();
                AddPseudo(PseudoOp.PopBlock);
                AddOp(OpCode.POP_EXCEPT);
                AddJump(PseudoOp.Jump, end);
            }
            UseNextBlock(except);
        }
        UnsetLoc();
        PopFrameBlock();
        AddOpI(OpCode.RERAISE, 0);
        UseNextBlock(cleanup);
        PopExceptAndReraise();
        UseNextBlock(end);
    }

    /// <summary>Models compiler_with (one item per nesting level).</summary>
    private void CompileWith(With s, int pos)
    {
        var item = s.Items[pos];
        var body = u.NewBlock();
        var final = u.NewBlock();
        var exit = u.NewBlock();
        VisitExpr(item.ContextExpr);
        AddOp(OpCode.BEFORE_WITH);
        AddJump(PseudoOp.SetupWith, final);
        UseNextBlock(body);
        PushFrameBlock(FrameBlockType.With, body, final, s);
        if (item.OptionalVars is not null) VisitExpr(item.OptionalVars);
        else AddOp(OpCode.POP_TOP);
        pos++;
        if (pos == s.Items.Count) VisitStmts(s.Body);
        else CompileWith(s, pos);
        UnsetLoc();
        AddPseudo(PseudoOp.PopBlock);
        PopFrameBlock();
        SetLoc(s);
        CallExitWithNones();
        AddOp(OpCode.POP_TOP);
        AddJump(PseudoOp.Jump, exit);
        UseNextBlock(final);
        var cleanup = u.NewBlock();
        AddJump(PseudoOp.SetupCleanup, cleanup);
        AddOp(OpCode.PUSH_EXC_INFO);
        AddOp(OpCode.WITH_EXCEPT_START);
        WithExceptFinish(cleanup);
        UseNextBlock(exit);
    }

    private void CallExitWithNones()
    {
        LoadConst(ConstantValue.None);
        LoadConst(ConstantValue.None);
        LoadConst(ConstantValue.None);
        AddOpI(OpCode.PRECALL, 2);
        AddOpI(OpCode.CALL, 2);
    }

    /// <summary>Models compiler_with_except_finish.</summary>
    private void WithExceptFinish(BasicBlock cleanup)
    {
        UnsetLoc();
        var exit = u.NewBlock();
        AddJump(PseudoOp.PopJumpIfTrue, exit);
        NextBlock();
        AddOpI(OpCode.RERAISE, 2);
        UseNextBlock(cleanup);
        PopExceptAndReraise();
        UseNextBlock(exit);
        AddOp(OpCode.POP_TOP);
        AddPseudo(PseudoOp.PopBlock);
        AddOp(OpCode.POP_EXCEPT);
        AddOp(OpCode.POP_TOP);
        AddOp(OpCode.POP_TOP);
    }

    /// <summary>Models compiler_unwind_fblock: the code that leaves one frame block early.</summary>
    private void UnwindFrameBlock(FrameBlock info, bool preserveTos)
    {
        switch (info.Type)
        {
            case FrameBlockType.WhileLoop:
            case FrameBlockType.ExceptionHandler:
                return;
            case FrameBlockType.ForLoop:
                if (preserveTos) AddOpI(OpCode.SWAP, 2);
                AddOp(OpCode.POP_TOP);
                return;
            case FrameBlockType.TryExcept:
                AddPseudo(PseudoOp.PopBlock);
                return;
            case FrameBlockType.FinallyTry:
                AddPseudo(PseudoOp.PopBlock);
                if (preserveTos) PushFrameBlock(FrameBlockType.PopValue, null, null, null);
                VisitStmts((IReadOnlyList<Statement>)info.Datum!);
                if (preserveTos) PopFrameBlock();
                UnsetLoc();
                return;
            case FrameBlockType.FinallyEnd:
                if (preserveTos) AddOpI(OpCode.SWAP, 2);
                AddOp(OpCode.POP_TOP);
                if (preserveTos) AddOpI(OpCode.SWAP, 2);
                AddPseudo(PseudoOp.PopBlock);
                AddOp(OpCode.POP_EXCEPT);
                return;
            case FrameBlockType.With:
                SetLoc((With)info.Datum!);
                AddPseudo(PseudoOp.PopBlock);
                if (preserveTos) AddOpI(OpCode.SWAP, 2);
                CallExitWithNones();
                AddOp(OpCode.POP_TOP);
                UnsetLoc();
                return;
            case FrameBlockType.HandlerCleanup:
            {
                var name = (string?)info.Datum;
                if (name is not null) AddPseudo(PseudoOp.PopBlock);
                if (preserveTos) AddOpI(OpCode.SWAP, 2);
                AddPseudo(PseudoOp.PopBlock);
                AddOp(OpCode.POP_EXCEPT);
                if (name is not null)
                {
                    LoadConst(ConstantValue.None);
                    NameOp(name, ExprContext.Store);
                    NameOp(name, ExprContext.Del);
                }
                return;
            }
            case FrameBlockType.PopValue:
                if (preserveTos) AddOpI(OpCode.SWAP, 2);
                AddOp(OpCode.POP_TOP);
                return;
        }
    }

    /// <summary>Models compiler_unwind_fblock_stack: unwinds every frame block (or up to the innermost loop).</summary>
    private void UnwindFrameBlockStack(bool preserveTos, out FrameBlock? loop, bool stopAtLoop)
    {
        loop = null;
        if (u.FrameBlocks.Count == 0) return;
        var top = u.FrameBlocks[^1];
        if (stopAtLoop && top.Type is FrameBlockType.WhileLoop or FrameBlockType.ForLoop)
        {
            loop = top;
            return;
        }
        u.FrameBlocks.RemoveAt(u.FrameBlocks.Count - 1);
        UnwindFrameBlock(top, preserveTos);
        UnwindFrameBlockStack(preserveTos, out loop, stopAtLoop);
        u.FrameBlocks.Add(top);
    }
}
