using PyHeap.Language.Syntax;

namespace PyHeap.Language.Compiling;

internal sealed partial class Assembler
{
    /// <summary>compile.c's MAX_COPY_SIZE: exit blocks up to this size are copied instead of jumped to.</summary>
    private const int MaxCopySize = 4;

    /// <summary>Models optimize_cfg.</summary>
    private void OptimizeCfg()
    {
        foreach (var b in Chain())
        {
            OptimizeBasicBlock(b);
            CleanBasicBlock(b);
        }
        foreach (var b in AllocationListNewestFirst()) ExtendBlock(b);
        MarkReachable();
        foreach (var b in Chain())
        {
            if (b.Predecessors == 0) b.Instrs.Clear();
        }
        EliminateEmptyBasicBlocks();
        foreach (var b in Chain()) CleanBasicBlock(b);
        // A jump to the very next block is redundant.
        var maybeEmpty = false;
        foreach (var b in Chain())
        {
            var last = b.Last;
            if (last is not null && last.Op is PseudoOp.Jump or PseudoOp.JumpNoInterrupt && last.Target == b.Next)
            {
                last.Op = (int)OpCode.NOP;
                maybeEmpty = true;
            }
        }
        if (maybeEmpty) EliminateEmptyBasicBlocks();
    }

    /// <summary>Models jump_thread: only within one line, so line events are unchanged.</summary>
    private static bool JumpThread(Instr inst, Instr target, int opcode)
    {
        if (inst.Line == target.Line && inst.Target != target.Target)
        {
            inst.Target = target.Target;
            inst.Op = opcode;
            return true;
        }
        return false;
    }

    /// <summary>Models optimize_basic_block (the peephole optimizer).</summary>
    private void OptimizeBasicBlock(BasicBlock bb)
    {
        var nop = new Instr((int)OpCode.NOP, 0, Instr.NoLocation);
        var ins = bb.Instrs;
        for (var i = 0; i < ins.Count; i++)
        {
            var inst = ins[i];
            var oparg = inst.Arg;
            var nextop = i + 1 < ins.Count ? ins[i + 1].Op : 0;
            Instr target;
            if (PseudoOp.IsJump(inst.Op) || PseudoOp.IsBlockPush(inst.Op))
            {
                while (inst.Target!.Instrs.Count == 0) inst.Target = inst.Target.Next!;
                target = inst.Target.Instrs[0];
            }
            else
            {
                target = nop;
            }
            switch (inst.Op)
            {
                case (int)OpCode.LOAD_CONST:
                    switch (nextop)
                    {
                        case PseudoOp.PopJumpIfFalse:
                        case PseudoOp.PopJumpIfTrue:
                        {
                            var isTrue = ConstantArithmetic.IsTrue(consts[oparg]);
                            inst.Op = (int)OpCode.NOP;
                            var jumpIfTrue = nextop == PseudoOp.PopJumpIfTrue;
                            ins[i + 1].Op = isTrue == jumpIfTrue ? PseudoOp.Jump : (int)OpCode.NOP;
                            break;
                        }
                        case (int)OpCode.JUMP_IF_FALSE_OR_POP:
                        case (int)OpCode.JUMP_IF_TRUE_OR_POP:
                        {
                            var isTrue = ConstantArithmetic.IsTrue(consts[oparg]);
                            var jumpIfTrue = nextop == (int)OpCode.JUMP_IF_TRUE_OR_POP;
                            if (isTrue == jumpIfTrue)
                            {
                                ins[i + 1].Op = PseudoOp.Jump;
                            }
                            else
                            {
                                inst.Op = (int)OpCode.NOP;
                                ins[i + 1].Op = (int)OpCode.NOP;
                            }
                            break;
                        }
                        case (int)OpCode.IS_OP:
                        {
                            var jumpOp = i + 2 < ins.Count ? ins[i + 2].Op : 0;
                            if (consts[oparg].Kind == ConstantKind.None && jumpOp is PseudoOp.PopJumpIfFalse or PseudoOp.PopJumpIfTrue)
                            {
                                var nextArg = ins[i + 1].Arg;
                                inst.Op = (int)OpCode.NOP;
                                ins[i + 1].Op = (int)OpCode.NOP;
                                ins[i + 2].Op = (nextArg ^ (jumpOp == PseudoOp.PopJumpIfFalse ? 1 : 0)) != 0
                                    ? PseudoOp.PopJumpIfNotNone : PseudoOp.PopJumpIfNone;
                            }
                            break;
                        }
                    }
                    break;
                case (int)OpCode.BUILD_TUPLE:
                    if (nextop == (int)OpCode.UNPACK_SEQUENCE && oparg == ins[i + 1].Arg)
                    {
                        switch (oparg)
                        {
                            case 1:
                                inst.Op = (int)OpCode.NOP;
                                ins[i + 1].Op = (int)OpCode.NOP;
                                continue;
                            case 2:
                            case 3:
                                inst.Op = (int)OpCode.NOP;
                                ins[i + 1].Op = (int)OpCode.SWAP;
                                continue;
                        }
                    }
                    if (i >= oparg) FoldTupleOnConstants(ins, i, oparg);
                    break;
                case (int)OpCode.JUMP_IF_FALSE_OR_POP:
                    switch (target.Op)
                    {
                        case PseudoOp.PopJumpIfFalse:
                            if (JumpThread(inst, target, PseudoOp.PopJumpIfFalse)) i--;
                            break;
                        case PseudoOp.Jump:
                        case (int)OpCode.JUMP_IF_FALSE_OR_POP:
                            if (JumpThread(inst, target, (int)OpCode.JUMP_IF_FALSE_OR_POP)) i--;
                            break;
                        case (int)OpCode.JUMP_IF_TRUE_OR_POP:
                        case PseudoOp.PopJumpIfTrue:
                            if (inst.Line == target.Line)
                            {
                                inst.Op = PseudoOp.PopJumpIfFalse;
                                inst.Target = inst.Target!.Next;
                                i--;
                            }
                            break;
                    }
                    break;
                case (int)OpCode.JUMP_IF_TRUE_OR_POP:
                    switch (target.Op)
                    {
                        case PseudoOp.PopJumpIfTrue:
                            if (JumpThread(inst, target, PseudoOp.PopJumpIfTrue)) i--;
                            break;
                        case PseudoOp.Jump:
                        case (int)OpCode.JUMP_IF_TRUE_OR_POP:
                            if (JumpThread(inst, target, (int)OpCode.JUMP_IF_TRUE_OR_POP)) i--;
                            break;
                        case (int)OpCode.JUMP_IF_FALSE_OR_POP:
                        case PseudoOp.PopJumpIfFalse:
                            if (inst.Line == target.Line)
                            {
                                inst.Op = PseudoOp.PopJumpIfTrue;
                                inst.Target = inst.Target!.Next;
                                i--;
                            }
                            break;
                    }
                    break;
                case PseudoOp.PopJumpIfNotNone:
                case PseudoOp.PopJumpIfNone:
                case PseudoOp.PopJumpIfFalse:
                case PseudoOp.PopJumpIfTrue:
                case PseudoOp.Jump:
                    if (target.Op == PseudoOp.Jump && JumpThread(inst, target, inst.Op)) i--;
                    break;
                case (int)OpCode.SWAP:
                    if (oparg == 1)
                    {
                        inst.Op = (int)OpCode.NOP;
                        break;
                    }
                    i = Swaptimize(ins, i);
                    ApplyStaticSwaps(ins, i);
                    break;
                case (int)OpCode.PUSH_NULL:
                    if (nextop == (int)OpCode.LOAD_GLOBAL)
                    {
                        inst.Op = (int)OpCode.NOP;
                        inst.Arg = 0;
                        ins[i + 1].Arg |= 1;
                    }
                    break;
            }
        }
    }

    /// <summary>Models fold_tuple_on_constants: LOAD_CONST×n + BUILD_TUPLE n → LOAD_CONST tuple.</summary>
    private void FoldTupleOnConstants(List<Instr> ins, int buildIndex, int n)
    {
        for (var k = buildIndex - n; k < buildIndex; k++)
        {
            if (ins[k].Op != (int)OpCode.LOAD_CONST) return;
        }
        var items = new ConstantValue[n];
        for (var k = 0; k < n; k++)
        {
            var load = ins[buildIndex - n + k];
            items[k] = consts[load.Arg];
            load.Op = (int)OpCode.NOP;
        }
        var tuple = ConstantValue.Tuple(items);
        var index = consts.IndexOf(tuple);
        if (index < 0)
        {
            index = consts.Count;
            consts.Add(tuple);
        }
        ins[buildIndex].Op = (int)OpCode.LOAD_CONST;
        ins[buildIndex].Arg = index;
    }

    /// <summary>Models swaptimize: replaces a run of SWAPs (and NOPs) by the shortest equivalent run.</summary>
    private static int Swaptimize(List<Instr> block, int ix)
    {
        var depth = block[ix].Arg;
        var len = 0;
        var more = false;
        var limit = block.Count - ix;
        while (++len < limit)
        {
            var op = block[ix + len].Op;
            if (op == (int)OpCode.SWAP)
            {
                depth = Math.Max(depth, block[ix + len].Arg);
                more = true;
            }
            else if (op != (int)OpCode.NOP)
            {
                break;
            }
        }
        if (!more) return ix;
        const int visited = -1;
        var stack = Enumerable.Range(0, depth).ToArray();
        for (var i = 0; i < len; i++)
        {
            if (block[ix + i].Op != (int)OpCode.SWAP) continue;
            var oparg = block[ix + i].Arg;
            (stack[0], stack[oparg - 1]) = (stack[oparg - 1], stack[0]);
        }
        var current = len - 1;
        for (var i = 0; i < depth; i++)
        {
            if (stack[i] == visited || stack[i] == i) continue;
            var j = i;
            while (true)
            {
                if (j != 0)
                {
                    block[ix + current].Op = (int)OpCode.SWAP;
                    block[ix + current].Arg = j + 1;
                    current--;
                }
                if (stack[j] == visited) break;
                var nextJ = stack[j];
                stack[j] = visited;
                j = nextJ;
            }
        }
        while (current >= 0)
        {
            block[ix + current].Op = (int)OpCode.NOP;
            current--;
        }
        return ix + len - 1;
    }

    private static bool Swappable(int op) => op is (int)OpCode.STORE_FAST or (int)OpCode.POP_TOP;

    private static int StoresTo(Instr i) => i.Op == (int)OpCode.STORE_FAST ? i.Arg : -1;

    private static int NextSwappableInstruction(List<Instr> block, int i, int lineno)
    {
        while (++i < block.Count)
        {
            var instruction = block[i];
            if (lineno >= 0 && instruction.Line != lineno) return -1;
            if (instruction.Op == (int)OpCode.NOP) continue;
            if (Swappable(instruction.Op)) return i;
            return -1;
        }
        return -1;
    }

    /// <summary>Models apply_static_swaps: SWAP + STORE_FAST/POP_TOP → reorder the stores instead.</summary>
    private static void ApplyStaticSwaps(List<Instr> block, int i)
    {
        for (; i >= 0; i--)
        {
            var swap = block[i];
            if (swap.Op != (int)OpCode.SWAP)
            {
                if (swap.Op == (int)OpCode.NOP || Swappable(swap.Op)) continue;
                return;
            }
            var j = NextSwappableInstruction(block, i, -1);
            if (j < 0) return;
            var k = j;
            var lineno = block[j].Line;
            for (var count = swap.Arg - 1; count > 0; count--)
            {
                k = NextSwappableInstruction(block, k, lineno);
                if (k < 0) return;
            }
            var storeJ = StoresTo(block[j]);
            var storeK = StoresTo(block[k]);
            if (storeJ >= 0 || storeK >= 0)
            {
                if (storeJ == storeK) return;
                for (var idx = j + 1; idx < k; idx++)
                {
                    var storeIdx = StoresTo(block[idx]);
                    if (storeIdx >= 0 && (storeIdx == storeJ || storeIdx == storeK)) return;
                }
            }
            swap.Op = (int)OpCode.NOP;
            (block[j], block[k]) = (block[k], block[j]);
        }
    }

    /// <summary>Models extend_block: a jump to a small exit block without line numbers becomes a copy of it.</summary>
    private static void ExtendBlock(BasicBlock bb)
    {
        var last = bb.Last;
        if (last is null || last.Op is not (PseudoOp.Jump or (int)OpCode.JUMP_FORWARD or (int)OpCode.JUMP_BACKWARD)) return;
        var toCopy = last.Target!;
        if (!toCopy.ExitsScope || toCopy.Instrs.Count > MaxCopySize) return;
        if (toCopy.HasLineNo) return;
        last.Op = (int)OpCode.NOP;
        foreach (var i in toCopy.Instrs) bb.Instrs.Add(i.Clone());
    }

    /// <summary>Models clean_basic_block: drops NOPs unless one is the only carrier of a line number.</summary>
    private static void CleanBasicBlock(BasicBlock bb)
    {
        var ins = bb.Instrs;
        var result = new List<Instr>(ins.Count);
        var prevLineno = -1;
        for (var src = 0; src < ins.Count; src++)
        {
            var lineno = ins[src].Line;
            if (ins[src].Op == (int)OpCode.NOP)
            {
                if (lineno < 0) continue;
                if (prevLineno == lineno) continue;
                if (src < ins.Count - 1)
                {
                    var nextLineno = ins[src + 1].Line;
                    if (nextLineno == lineno) continue;
                    if (nextLineno < 0)
                    {
                        ins[src + 1].Loc = ins[src].Loc;
                        continue;
                    }
                }
                else
                {
                    var next = bb.Next;
                    while (next is not null && next.Instrs.Count == 0) next = next.Next;
                    if (next is not null && lineno == next.Instrs[0].Line) continue;
                }
            }
            result.Add(ins[src]);
            prevLineno = lineno;
        }
        ins.Clear();
        ins.AddRange(result);
    }

    /// <summary>Models mark_reachable (predecessor counts, used by the line-number passes).</summary>
    private void MarkReachable()
    {
        foreach (var b in u.Blocks)
        {
            b.Predecessors = 0;
            b.ExceptPredecessors = 0;
        }
        var stack = new Stack<BasicBlock>();
        entry.Predecessors = 1;
        stack.Push(entry);
        while (stack.Count > 0)
        {
            var b = stack.Pop();
            if (b.Next is not null && b.HasFallthrough)
            {
                if (b.Next.Predecessors == 0) stack.Push(b.Next);
                b.Next.Predecessors++;
            }
            foreach (var ins in b.Instrs)
            {
                if (!PseudoOp.IsJump(ins.Op) && !PseudoOp.IsBlockPush(ins.Op)) continue;
                var target = ins.Target!;
                if (target.Predecessors == 0) stack.Push(target);
                target.Predecessors++;
                if (PseudoOp.IsBlockPush(ins.Op)) target.ExceptPredecessors++;
            }
        }
    }

    /// <summary>Models eliminate_empty_basic_blocks.</summary>
    private void EliminateEmptyBasicBlocks()
    {
        foreach (var b in Chain())
        {
            var next = b.Next;
            if (next is null) continue;
            while (next.Instrs.Count == 0 && next.Next is not null) next = next.Next;
            b.Next = next;
        }
        foreach (var b in Chain())
        {
            foreach (var ins in b.Instrs)
            {
                if (!PseudoOp.IsJump(ins.Op) && !PseudoOp.IsBlockPush(ins.Op)) continue;
                var target = ins.Target!;
                while (target.Instrs.Count == 0) target = target.Next!;
                ins.Target = target;
            }
        }
    }
}
