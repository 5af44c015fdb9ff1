using PyHeap.Language.Syntax;

namespace PyHeap.Language.Compiling;

/// <summary>The state of one code object being compiled (compile.c's struct compiler_unit).</summary>
internal sealed class CompilerUnit
{
    public CompilerUnit(SymbolTableEntry ste, string name, CompilerScopeType scopeType, int firstLineNo)
    {
        Ste = ste;
        Name = name;
        ScopeType = scopeType;
        FirstLineNo = firstLineNo;
        foreach (var v in ste.VarNames) VarNames.TryAdd(v, VarNames.Count);
        // Cells and frees are numbered in sorted name order (dictbytype sorts its keys).
        var cells = ste.Scopes.Where(kv => kv.Value == SymbolScope.Cell).Select(kv => kv.Key).OrderBy(n => n, StringComparer.Ordinal);
        foreach (var c in cells) CellVars.Add(c, CellVars.Count);
        if (ste.NeedsClassClosure) CellVars.Add("__class__", CellVars.Count);
        var frees = ste.Symbols.Keys
            .Where(n => ste.GetScope(n) == SymbolScope.Free || (ste.GetFlags(n) & SymbolFlags.DefFreeClass) != 0)
            .OrderBy(n => n, StringComparer.Ordinal);
        foreach (var f in frees) FreeVars.Add(f, CellVars.Count + FreeVars.Count);
        CurrentBlock = NewBlock();
        Loc = new SourceSpan(firstLineNo, 0, firstLineNo, 0);
    }

    public SymbolTableEntry Ste { get; }
    public string Name { get; }
    public string QualName { get; set; } = "";
    public CompilerScopeType ScopeType { get; }
    public int FirstLineNo { get; set; }
    public string? Private { get; set; }
    public int ArgCount { get; set; }
    public int PosOnlyArgCount { get; set; }
    public int KwOnlyArgCount { get; set; }

    public List<ConstantValue> Consts { get; } = new();
    public Dictionary<ConstantValue, int> ConstIndex { get; } = new();
    public Dictionary<string, int> Names { get; } = new();
    public Dictionary<string, int> VarNames { get; } = new();
    public Dictionary<string, int> CellVars { get; } = new();
    public Dictionary<string, int> FreeVars { get; } = new();

    /// <summary>All blocks in allocation order.</summary>
    public List<BasicBlock> Blocks { get; } = new();
    public BasicBlock CurrentBlock { get; set; }
    public List<FrameBlock> FrameBlocks { get; } = new();

    /// <summary>The location given to the next instruction (u_lineno etc.); Line -1 = artificial.</summary>
    public SourceSpan Loc { get; set; }

    public BasicBlock NewBlock()
    {
        var b = new BasicBlock(Blocks.Count);
        Blocks.Add(b);
        return b;
    }

    public int AddConst(ConstantValue value)
    {
        if (ConstIndex.TryGetValue(value, out var i)) return i;
        i = Consts.Count;
        Consts.Add(value);
        ConstIndex[value] = i;
        return i;
    }

    public static int AddName(Dictionary<string, int> dict, string name)
    {
        if (dict.TryGetValue(name, out var i)) return i;
        i = dict.Count;
        dict[name] = i;
        return i;
    }
}
