namespace PyHeap.Language.Compiling;

internal sealed partial class Assembler
{
    /// <summary>
    /// Models label_exception_targets: walks the CFG with a stack of active handlers (pushed by SETUP_*, popped by
    /// POP_BLOCK) and records each instruction's handler. YIELD_VALUE's oparg becomes the handler-stack depth.
    /// </summary>
    private void LabelExceptionTargets()
    {
        foreach (var b in Chain())
        {
            b.Visited = false;
            b.ExceptStack = null;
        }
        var todo = new Stack<BasicBlock>();
        entry.Visited = true;
        entry.ExceptStack = new List<BasicBlock>();
        todo.Push(entry);
        while (todo.Count > 0)
        {
            var b = todo.Pop();
            var exceptStack = b.ExceptStack!;
            b.ExceptStack = null;
            var handler = exceptStack.Count > 0 ? exceptStack[^1] : null;
            var shared = false;
            foreach (var ins in b.Instrs)
            {
                if (PseudoOp.IsBlockPush(ins.Op))
                {
                    var target = ins.Target!;
                    if (!target.Visited)
                    {
                        target.ExceptStack = new List<BasicBlock>(exceptStack);
                        target.Visited = true;
                        todo.Push(target);
                    }
                    if (ins.Op is PseudoOp.SetupWith or PseudoOp.SetupCleanup) target.PreserveLasti = true;
                    exceptStack.Add(target);
                    handler = target;
                }
                else if (ins.Op == PseudoOp.PopBlock)
                {
                    exceptStack.RemoveAt(exceptStack.Count - 1);
                    handler = exceptStack.Count > 0 ? exceptStack[^1] : null;
                }
                else if (PseudoOp.IsJump(ins.Op))
                {
                    ins.Except = handler;
                    var target = ins.Target!;
                    if (!target.Visited)
                    {
                        if (b.HasFallthrough)
                        {
                            target.ExceptStack = new List<BasicBlock>(exceptStack);
                        }
                        else
                        {
                            target.ExceptStack = exceptStack;
                            shared = true;
                        }
                        target.Visited = true;
                        todo.Push(target);
                    }
                }
                else
                {
                    if (ins.Op == (int)OpCode.YIELD_VALUE) ins.Arg = exceptStack.Count;
                    ins.Except = handler;
                }
            }
            if (b.HasFallthrough && b.Next is not null && !b.Next.Visited)
            {
                b.Next.ExceptStack = shared ? new List<BasicBlock>(exceptStack) : exceptStack;
                b.Next.Visited = true;
                todo.Push(b.Next);
            }
        }
    }

    /// <summary>Models convert_exception_handlers_to_nops.</summary>
    private void ConvertExceptionHandlersToNops()
    {
        foreach (var b in Chain())
        {
            foreach (var ins in b.Instrs)
            {
                if (PseudoOp.IsBlockPush(ins.Op) || ins.Op == PseudoOp.PopBlock) ins.Op = (int)OpCode.NOP;
            }
        }
    }

    /// <summary>Models assemble_exception_table: runs of instructions with the same handler.</summary>
    private ExceptionTableEntry[] BuildExceptionTable()
    {
        var entries = new List<ExceptionTableEntry>();
        BasicBlock? handler = null;
        var start = -1;
        var ioffset = 0;
        foreach (var b in Chain())
        {
            ioffset = b.Offset;
            foreach (var ins in b.Instrs)
            {
                if (ins.Except != handler)
                {
                    if (handler is not null) entries.Add(MakeEntry(start, ioffset, handler));
                    start = ioffset;
                    handler = ins.Except;
                }
                ioffset++;
            }
        }
        if (handler is not null) entries.Add(MakeEntry(start, ioffset, handler));
        return entries.ToArray();
    }

    private static ExceptionTableEntry MakeEntry(int start, int end, BasicBlock handler)
    {
        var depth = handler.StartDepth - 1;
        if (handler.PreserveLasti) depth--;
        return new ExceptionTableEntry(start, end, handler.Offset, depth, handler.PreserveLasti);
    }
}
