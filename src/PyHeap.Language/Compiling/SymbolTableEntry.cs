using PyHeap.Language.Syntax;

namespace PyHeap.Language.Compiling;

/// <summary>One scope of the symbol table, modelled on PySTEntryObject (Include/internal/pycore_symtable.h).</summary>
public sealed class SymbolTableEntry
{
    internal SymbolTableEntry(string name, BlockType type, Node node, int line, SymbolTableEntry? parent)
    {
        Name = name;
        Type = type;
        Node = node;
        Line = line;
        Parent = parent;
    }

    public string Name { get; }
    public BlockType Type { get; }
    public Node Node { get; }
    public int Line { get; }
    public SymbolTableEntry? Parent { get; }

    /// <summary>ste_symbols: name → flags, in first-seen order (insertion order matters only for diagnostics).</summary>
    public Dictionary<string, SymbolFlags> Symbols { get; } = new();

    /// <summary>Resolved scopes after analysis.</summary>
    public Dictionary<string, SymbolScope> Scopes { get; } = new();

    /// <summary>ste_varnames: the parameters, in co_varnames order.</summary>
    public List<string> VarNames { get; } = new();
    public List<SymbolTableEntry> Children { get; } = new();

    /// <summary>Where each global/nonlocal directive was, for error positions.</summary>
    internal Dictionary<string, SourceSpan> Directives { get; } = new();

    public bool IsNested { get; internal set; }
    public bool IsGenerator { get; internal set; }
    public bool IsComprehension { get; internal set; }
    public bool HasVarArgs { get; internal set; }
    public bool HasVarKeywords { get; internal set; }
    public bool HasFree { get; internal set; }
    public bool ChildFree { get; internal set; }
    public bool NeedsClassClosure { get; internal set; }
    public bool ReturnsValue { get; internal set; }
    internal bool CompIterTarget { get; set; }
    internal int CompIterExpr { get; set; }

    public SymbolScope GetScope(string name) => Scopes.TryGetValue(name, out var s) ? s : SymbolScope.Unknown;

    public SymbolFlags GetFlags(string name) => Symbols.TryGetValue(name, out var f) ? f : SymbolFlags.None;

    public override string ToString() => $"<symtable entry {Name}({Type}), line {Line}>";
}
