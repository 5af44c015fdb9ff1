using PyHeap.Language.Syntax;

namespace PyHeap.Language.Compiling;

/// <summary>
/// The symbol table of a module: one <see cref="SymbolTableEntry"/> per module, class, function, lambda and
/// comprehension. Models Python/symtable.c (_PySymtable_Build): a visiting pass that records definitions and
/// uses, then <c>analyze_block</c> which resolves every name to local / global / free / cell.
/// </summary>
public sealed partial class SymbolTable
{
    private readonly string fileName;
    private readonly Dictionary<Node, SymbolTableEntry> blocks = new(ReferenceEqualityComparer.Instance);
    private readonly Stack<SymbolTableEntry> stack = new();
    private SymbolTableEntry current = null!;
    private string? privateName;

    private SymbolTable(string fileName) => this.fileName = fileName;

    public SymbolTableEntry Top { get; private set; } = null!;

    /// <summary>Builds and analyzes the table; throws <see cref="PySyntaxError"/> with CPython's messages.</summary>
    public static SymbolTable Build(ModuleNode module, string fileName)
    {
        var table = new SymbolTable(fileName);
        table.EnterBlock("top", BlockType.Module, module, 0);
        table.Top = table.current;
        foreach (var s in module.Body) table.VisitStmt(s);
        table.ExitBlock();
        table.Analyze();
        return table;
    }

    /// <summary>The entry created for a FunctionDef, ClassDef, Lambda, comprehension or the module.</summary>
    public SymbolTableEntry Lookup(Node node) => blocks[node];

    private PySyntaxError Error(string message, SourceSpan span) =>
        new(message, fileName, span.Line, span.Column, null, "SyntaxError", span.EndLine, span.EndColumn);

    private void EnterBlock(string name, BlockType type, Node node, int line)
    {
        var parent = stack.Count > 0 ? current : null;
        var ste = new SymbolTableEntry(name, type, node, line, parent);
        if (parent is not null && (parent.IsNested || parent.Type == BlockType.Function)) ste.IsNested = true;
        parent?.Children.Add(ste);
        blocks[node] = ste;
        stack.Push(ste);
        current = ste;
    }

    private void ExitBlock()
    {
        stack.Pop();
        if (stack.Count > 0) current = stack.Peek();
    }

    private void AddDef(string name, SymbolFlags flag, SourceSpan span) => AddDefHelper(name, flag, current, span);

    /// <summary>Models symtable_add_def_helper.</summary>
    private void AddDefHelper(string name, SymbolFlags flag, SymbolTableEntry ste, SourceSpan span)
    {
        var mangled = Mangler.Mangle(privateName, name);
        SymbolFlags val;
        if (ste.Symbols.TryGetValue(mangled, out var old))
        {
            if ((flag & SymbolFlags.DefParam) != 0 && (old & SymbolFlags.DefParam) != 0)
                throw Error($"duplicate argument '{name}' in function definition", span);
            val = old | flag;
        }
        else
        {
            val = flag;
        }
        if (ste.CompIterTarget)
        {
            if ((val & (SymbolFlags.DefGlobal | SymbolFlags.DefNonlocal)) != 0)
                throw Error($"comprehension inner loop cannot rebind assignment expression target '{name}'", span);
            val |= SymbolFlags.DefCompIter;
        }
        ste.Symbols[mangled] = val;
        if ((flag & SymbolFlags.DefParam) != 0)
        {
            ste.VarNames.Add(mangled);
        }
        else if ((flag & SymbolFlags.DefGlobal) != 0)
        {
            var g = flag;
            if (Top.Symbols.TryGetValue(mangled, out var existing)) g |= existing;
            Top.Symbols[mangled] = g;
        }
    }

    private SymbolFlags LookupFlags(string name) => current.GetFlags(Mangler.Mangle(privateName, name));
}
