using PyHeap.Language.Syntax;

namespace PyHeap.Language.Compiling;

/// <summary>
/// Turns a compiler unit's control-flow graph into a <see cref="CodeObject"/>. Models Python/compile.c:
/// assemble (3.11): prefix instructions, cell offsets, optimize_cfg, exit duplication, line-number
/// propagation, stackdepth, exception-table labelling, NOP removal, jump normalization and layout.
/// </summary>
internal sealed partial class Assembler
{
    private readonly CompilerUnit u;
    private readonly string fileName;
    private readonly CodeFlags flags;
    private readonly List<ConstantValue> consts;
    private BasicBlock entry = null!;

    public Assembler(CompilerUnit unit, string fileName, CodeFlags flags)
    {
        u = unit;
        this.fileName = fileName;
        this.flags = flags;
        consts = new List<ConstantValue>(unit.Consts);
    }

    private IEnumerable<BasicBlock> Chain()
    {
        for (var b = entry; b is not null; b = b.Next) yield return b;
    }

    /// <summary>b_list order: newest block first.</summary>
    private IEnumerable<BasicBlock> AllocationListNewestFirst()
    {
        for (var i = u.Blocks.Count - 1; i >= 0; i--) yield return u.Blocks[i];
    }

    private BasicBlock NewBlock() => u.NewBlock();

    public CodeObject Assemble()
    {
        foreach (var b in AllocationListNewestFirst()) NormalizeBasicBlock(b);
        entry = u.Blocks[0];
        if (u.FirstLineNo == 0) u.FirstLineNo = entry.Instrs.Count > 0 && entry.Instrs[0].Line > 0 ? entry.Instrs[0].Line : 1;

        var (localsPlusNames, localsPlusKinds, cellFixed) = PrepareLocalsPlus();
        InsertPrefixInstructions(cellFixed);
        FixCellOffsets(cellFixed);

        OptimizeCfg();
        DuplicateExitsWithoutLineno();
        TrimUnusedConsts();
        PropagateLineNumbers();
        GuaranteeLinenoForExits();
        var maxDepth = StackDepth();
        LabelExceptionTargets();
        ConvertExceptionHandlersToNops();
        foreach (var b in Chain()) CleanBasicBlock(b);
        NormalizeJumps();
        return Emit(localsPlusNames, localsPlusKinds, maxDepth);
    }

    /// <summary>Models normalize_basic_block: jumps end blocks and skip empty targets.</summary>
    private static void NormalizeBasicBlock(BasicBlock b)
    {
        for (var i = 0; i < b.Instrs.Count; i++)
        {
            var ins = b.Instrs[i];
            if (PseudoOp.IsTerminator(ins.Op) && i != b.Instrs.Count - 1)
                throw new InvalidOperationException("malformed control flow graph.");
            if (PseudoOp.IsJump(ins.Op)) ins.Target = SkipEmpty(ins.Target!);
        }
    }

    private static BasicBlock SkipEmpty(BasicBlock target)
    {
        while (target.Instrs.Count == 0 && target.Next is not null) target = target.Next;
        return target;
    }

    /// <summary>
    /// Models compute_localsplus_info / fix_cell_offsets: varnames, then cells that are not arguments, then frees.
    /// Returns the localsplus slot of each cell/free index.
    /// </summary>
    private (string[] Names, LocalKind[] Kinds, int[] CellFixed) PrepareLocalsPlus()
    {
        var names = new List<string>(u.VarNames.OrderBy(kv => kv.Value).Select(kv => kv.Key));
        var kinds = new List<LocalKind>(names.Select(_ => LocalKind.Local));
        var cellFixed = new int[u.CellVars.Count + u.FreeVars.Count];
        foreach (var (name, index) in u.CellVars.OrderBy(kv => kv.Value))
        {
            if (u.VarNames.TryGetValue(name, out var slot))
            {
                kinds[slot] |= LocalKind.Cell;
                cellFixed[index] = slot;
            }
            else
            {
                cellFixed[index] = names.Count;
                names.Add(name);
                kinds.Add(LocalKind.Cell);
            }
        }
        foreach (var (name, index) in u.FreeVars.OrderBy(kv => kv.Value))
        {
            cellFixed[index] = names.Count;
            names.Add(name);
            kinds.Add(LocalKind.Free);
        }
        return (names.ToArray(), kinds.ToArray(), cellFixed);
    }

    /// <summary>Models insert_prefix_instructions: COPY_FREE_VARS, MAKE_CELL…, RETURN_GENERATOR/POP_TOP before RESUME.</summary>
    private void InsertPrefixInstructions(int[] cellFixed)
    {
        var prefix = new List<Instr>();
        if (u.FreeVars.Count > 0) prefix.Add(new Instr((int)OpCode.COPY_FREE_VARS, u.FreeVars.Count, Instr.NoLocation));
        // MAKE_CELL in localsplus order (argument cells first).
        foreach (var cell in Enumerable.Range(0, u.CellVars.Count).OrderBy(i => cellFixed[i]))
            prefix.Add(new Instr((int)OpCode.MAKE_CELL, cell, Instr.NoLocation));
        if ((flags & CodeFlags.Generator) != 0)
        {
            prefix.Add(new Instr((int)OpCode.RETURN_GENERATOR, 0, new SourceSpan(u.FirstLineNo, -1, u.FirstLineNo, -1)));
            prefix.Add(new Instr((int)OpCode.POP_TOP, 0, Instr.NoLocation));
        }
        entry.Instrs.InsertRange(0, prefix);
    }

    private static bool IsDerefOp(int op) => op is (int)OpCode.MAKE_CELL or (int)OpCode.LOAD_CLOSURE or (int)OpCode.LOAD_DEREF
        or (int)OpCode.STORE_DEREF or (int)OpCode.DELETE_DEREF or (int)OpCode.LOAD_CLASSDEREF;

    private void FixCellOffsets(int[] cellFixed)
    {
        foreach (var b in u.Blocks)
        {
            foreach (var ins in b.Instrs)
            {
                if (IsDerefOp(ins.Op)) ins.Arg = cellFixed[ins.Arg];
            }
        }
    }

    /// <summary>Models trim_unused_consts: only trailing unused constants go (index 0 may be the docstring).</summary>
    private void TrimUnusedConsts()
    {
        var max = 0;
        foreach (var b in Chain())
        {
            foreach (var ins in b.Instrs)
            {
                if (ins.Op is (int)OpCode.LOAD_CONST or (int)OpCode.KW_NAMES && ins.Arg > max) max = ins.Arg;
            }
        }
        if (max + 1 < consts.Count) consts.RemoveRange(max + 1, consts.Count - max - 1);
    }

    /// <summary>Models stackdepth.</summary>
    private int StackDepth()
    {
        foreach (var b in Chain()) b.StartDepth = int.MinValue;
        var stack = new Stack<BasicBlock>();
        var maxDepth = 0;
        void Push(BasicBlock b, int depth)
        {
            if (b.StartDepth < depth && b.StartDepth < 100)
            {
                if (b.StartDepth != int.MinValue && b.StartDepth != depth)
                    throw new InvalidOperationException($"Invalid CFG, inconsistent stackdepth in {u.Name}");
                b.StartDepth = depth;
                stack.Push(b);
            }
        }
        Push(entry, (flags & CodeFlags.Generator) != 0 ? 1 : 0);
        while (stack.Count > 0)
        {
            var b = stack.Pop();
            var depth = b.StartDepth;
            var next = b.Next;
            foreach (var ins in b.Instrs)
            {
                var effect = StackEffect.Of(ins.Op, ins.Arg, false);
                var newDepth = depth + effect;
                if (newDepth < 0) throw new InvalidOperationException($"Invalid CFG, stack underflow in {u.Name}");
                maxDepth = Math.Max(maxDepth, newDepth);
                if (PseudoOp.IsJump(ins.Op) || PseudoOp.IsBlockPush(ins.Op))
                {
                    var targetDepth = depth + StackEffect.Of(ins.Op, ins.Arg, true);
                    maxDepth = Math.Max(maxDepth, targetDepth);
                    Push(ins.Target!, targetDepth);
                }
                depth = newDepth;
                if (PseudoOp.IsUnconditionalJump(ins.Op) || PseudoOp.IsScopeExit(ins.Op))
                {
                    next = null;
                    break;
                }
            }
            if (next is not null) Push(next, depth);
        }
        return maxDepth;
    }

    /// <summary>Models normalize_jumps: pseudo jumps become FORWARD or BACKWARD variants by layout order.</summary>
    private void NormalizeJumps()
    {
        foreach (var b in Chain()) b.Visited = false;
        foreach (var b in Chain())
        {
            b.Visited = true;
            var last = b.Last;
            if (last is null || !PseudoOp.IsJump(last.Op)) continue;
            var forward = !last.Target!.Visited;
            last.Op = last.Op switch
            {
                PseudoOp.Jump => forward ? (int)OpCode.JUMP_FORWARD : (int)OpCode.JUMP_BACKWARD,
                PseudoOp.JumpNoInterrupt => forward ? (int)OpCode.JUMP_FORWARD : (int)OpCode.JUMP_BACKWARD_NO_INTERRUPT,
                PseudoOp.PopJumpIfNotNone => forward ? (int)OpCode.POP_JUMP_FORWARD_IF_NOT_NONE : (int)OpCode.POP_JUMP_BACKWARD_IF_NOT_NONE,
                PseudoOp.PopJumpIfNone => forward ? (int)OpCode.POP_JUMP_FORWARD_IF_NONE : (int)OpCode.POP_JUMP_BACKWARD_IF_NONE,
                PseudoOp.PopJumpIfFalse => forward ? (int)OpCode.POP_JUMP_FORWARD_IF_FALSE : (int)OpCode.POP_JUMP_BACKWARD_IF_FALSE,
                PseudoOp.PopJumpIfTrue => forward ? (int)OpCode.POP_JUMP_FORWARD_IF_TRUE : (int)OpCode.POP_JUMP_BACKWARD_IF_TRUE,
                _ => last.Op,
            };
        }
    }

    private CodeObject Emit(string[] localsPlusNames, LocalKind[] localsPlusKinds, int maxDepth)
    {
        var index = 0;
        foreach (var b in Chain())
        {
            b.Offset = index;
            index += b.Instrs.Count;
        }
        var instructions = new List<Instruction>(index);
        var positions = new List<SourceSpan>(index);
        foreach (var b in Chain())
        {
            foreach (var ins in b.Instrs)
            {
                if (ins.Op >= 256) throw new InvalidOperationException($"pseudo-op {ins.Op} survived assembly");
                var arg = ins.Target is not null && PseudoOp.IsJump(ins.Op) ? ins.Target.Offset : ins.Arg;
                instructions.Add(new Instruction((OpCode)ins.Op, arg));
                positions.Add(ins.Line <= 0
                    ? SourceSpan.None
                    : new SourceSpan(ins.Loc.Line, Math.Max(ins.Loc.Column, 0), Math.Max(ins.Loc.EndLine, 0), Math.Max(ins.Loc.EndColumn, 0)));
            }
        }
        return new CodeObject
        {
            Name = u.Name,
            QualName = u.QualName,
            FileName = fileName,
            FirstLineNo = u.FirstLineNo,
            ArgCount = u.ArgCount + u.PosOnlyArgCount,
            PosOnlyArgCount = u.PosOnlyArgCount,
            KwOnlyArgCount = u.KwOnlyArgCount,
            Flags = flags,
            Instructions = instructions.ToArray(),
            Positions = positions.ToArray(),
            ExceptionTable = BuildExceptionTable(),
            Consts = consts.ToArray(),
            Names = u.Names.OrderBy(kv => kv.Value).Select(kv => kv.Key).ToArray(),
            LocalsPlusNames = localsPlusNames,
            LocalsPlusKinds = localsPlusKinds,
            StackSize = maxDepth,
        };
    }
}
