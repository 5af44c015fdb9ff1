namespace PyHeap.Language.Compiling;

/// <summary>A basic block of the control-flow graph (compile.c's basicblock).</summary>
internal sealed class BasicBlock
{
    public BasicBlock(int id) => Id = id;

    /// <summary>Allocation order (CPython walks b_list, newest first, in a few passes).</summary>
    public int Id { get; }
    public List<Instr> Instrs { get; } = new();
    /// <summary>The block reached by falling through (b_next).</summary>
    public BasicBlock? Next;
    public int Predecessors;
    public int ExceptPredecessors;
    public int StartDepth = int.MinValue;
    public int Offset;
    public bool PreserveLasti;
    public bool Visited;
    public List<BasicBlock>? ExceptStack;

    public Instr? Last => Instrs.Count > 0 ? Instrs[^1] : null;

    /// <summary>BB_HAS_FALLTHROUGH: control can run off the end into <see cref="Next"/>.</summary>
    public bool HasFallthrough => Instrs.Count == 0 || !(PseudoOp.IsScopeExit(Instrs[^1].Op) || PseudoOp.IsUnconditionalJump(Instrs[^1].Op));

    /// <summary>basicblock_exits_scope.</summary>
    public bool ExitsScope => Instrs.Count > 0 && PseudoOp.IsScopeExit(Instrs[^1].Op);

    public bool HasLineNo => Instrs.Any(i => i.Line > 0);

    public override string ToString() => $"B{Id}";
}
