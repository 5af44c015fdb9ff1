using PyHeap.Language.Syntax;

namespace PyHeap.Language.Compiling;

internal sealed partial class Assembler
{
    private static bool IsExitWithoutLineno(BasicBlock b) => b.ExitsScope && b.Instrs.All(i => i.Line < 0);

    /// <summary>
    /// Models duplicate_exits_without_lineno: an artificial exit block reached by several jumps is copied per
    /// jump, so each copy can take its predecessor's line number (PEP 626).
    /// </summary>
    private void DuplicateExitsWithoutLineno()
    {
        foreach (var b in AllocationListNewestFirst().ToList())
        {
            var last = b.Last;
            if (last is null || !PseudoOp.IsJump(last.Op)) continue;
            var target = last.Target!;
            if (!IsExitWithoutLineno(target) || target.Predecessors <= 1) continue;
            var copy = NewBlock();
            foreach (var i in target.Instrs) copy.Instrs.Add(i.Clone());
            copy.Instrs[0].Loc = last.Loc;
            last.Target = copy;
            target.Predecessors--;
            copy.Predecessors = 1;
            copy.Next = target.Next;
            target.Next = copy;
        }
        foreach (var b in AllocationListNewestFirst())
        {
            while (b.Next is not null && b.Next.Instrs.Count == 0) b.Next = b.Next.Next;
        }
        foreach (var b in AllocationListNewestFirst())
        {
            if (b.HasFallthrough && b.Next is not null && b.Instrs.Count > 0 && IsExitWithoutLineno(b.Next))
                b.Next.Instrs[0].Loc = b.Instrs[^1].Loc;
        }
    }

    /// <summary>Models propagate_line_numbers.</summary>
    private void PropagateLineNumbers()
    {
        foreach (var b in Chain())
        {
            if (b.Instrs.Count == 0) continue;
            var prev = Instr.NoLocation;
            foreach (var ins in b.Instrs)
            {
                if (ins.Line < 0) ins.Loc = prev;
                else prev = ins.Loc;
            }
            if (b.HasFallthrough && b.Next is not null && b.Next.Predecessors == 1 && b.Next.Instrs.Count > 0 && b.Next.Instrs[0].Line < 0)
                b.Next.Instrs[0].Loc = prev;
            var last = b.Instrs[^1];
            if (PseudoOp.IsJump(last.Op))
            {
                var target = last.Target!;
                if (target.Predecessors == 1 && target.Instrs.Count > 0 && target.Instrs[0].Line < 0) target.Instrs[0].Loc = prev;
            }
        }
    }

    /// <summary>Models guarantee_lineno_for_exits: a RETURN without a line gets the previous block's line.</summary>
    private void GuaranteeLinenoForExits()
    {
        var lineno = u.FirstLineNo;
        foreach (var b in Chain())
        {
            if (b.Instrs.Count == 0) continue;
            var last = b.Instrs[^1];
            if (last.Line < 0)
            {
                if (last.Op == (int)OpCode.RETURN_VALUE)
                {
                    foreach (var ins in b.Instrs) ins.Loc = new SourceSpan(lineno, -1, lineno, -1);
                }
            }
            else
            {
                lineno = last.Line;
            }
        }
    }
}
