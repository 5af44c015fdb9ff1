using PyHeap.Language.Syntax;

namespace PyHeap.Language.Compiling;

/// <summary>
/// Compiles a syntax tree to CPython 3.11 bytecode. Models Python/compile.c: the AST optimizer
/// (<see cref="ConstantFolder"/>), the symbol table (<see cref="SymbolTable"/>), code generation into basic
/// blocks (the partial files of this class), then <see cref="Assembler"/> (flowgraph optimizations,
/// line numbers, stack depth, exception table).
/// </summary>
public sealed partial class Compiler
{
    /// <summary>compile.c's STACK_USE_GUIDELINE: above this, displays and calls are built incrementally.</summary>
    private const int StackUseGuideline = 30;

    private readonly string fileName;
    private readonly SymbolTable symbols;
    private readonly bool interactive;
    private readonly Stack<CompilerUnit> unitStack = new();
    private CompilerUnit u = null!;

    private Compiler(string fileName, SymbolTable symbols, bool interactive)
    {
        this.fileName = fileName;
        this.symbols = symbols;
        this.interactive = interactive;
    }

    /// <summary>
    /// Compiles a module. With <paramref name="interactive"/>, a final expression statement's value is
    /// returned instead of discarded (the notebook shows it as the cell's result).
    /// </summary>
    public static CodeObject CompileModule(ModuleNode module, string fileName, bool interactive = false)
    {
        var folded = ConstantFolder.FoldModule(module);
        var table = SymbolTable.Build(folded, fileName);
        var compiler = new Compiler(fileName, table, interactive);
        var code = compiler.CompileModuleBody(folded);
        code.SourceConstants = compiler.sourceConstants;
        return code;
    }

    /// <summary>
    /// The values of the source's Constant nodes (after folding), first occurrence order, distinct: the objects
    /// CPython's parser arena (and optimizer) own while the module runs.
    /// </summary>
    private readonly List<ConstantValue> sourceConstants = [];
    private readonly HashSet<ConstantValue> sourceConstantSet = [];

    private void SourceConstant(ConstantValue value)
    {
        if (value.Kind is ConstantKind.None or ConstantKind.Bool or ConstantKind.Ellipsis) return;
        if (sourceConstantSet.Add(value)) sourceConstants.Add(value);
    }

    private CodeObject CompileModuleBody(ModuleNode module)
    {
        EnterScope("<module>", CompilerScopeType.Module, module, 1);
        CompileBody(module.Body, isModule: true);
        var code = Assemble(addNone: true);
        ExitScope();
        return code;
    }

    private PySyntaxError Error(string message, SourceSpan? span = null)
    {
        var s = span ?? u.Loc;
        return new PySyntaxError(message, fileName, Math.Max(s.Line, 0), Math.Max(s.Column, 0), null, "SyntaxError",
            Math.Max(s.EndLine, 0), Math.Max(s.EndColumn, 0));
    }

    /// <summary>Models compiler_enter_scope.</summary>
    private void EnterScope(string name, CompilerScopeType scopeType, Node node, int lineNo)
    {
        var ste = symbols.Lookup(node);
        var unit = new CompilerUnit(ste, name, scopeType, lineNo);
        unit.Private = u?.Private;
        if (u is not null) unitStack.Push(u);
        u = unit;
        if (scopeType == CompilerScopeType.Module)
        {
            u.Loc = new SourceSpan(0, 0, 0, 0);
            u.QualName = name;
        }
        else
        {
            SetQualName();
        }
        AddOpI(OpCode.RESUME, 0);
        if (scopeType == CompilerScopeType.Module) u.Loc = Instr.NoLocation;
    }

    private void ExitScope()
    {
        u = unitStack.Count > 0 ? unitStack.Pop() : null!;
    }

    /// <summary>Models compiler_set_qualname.</summary>
    private void SetQualName()
    {
        string? baseName = null;
        if (unitStack.Count > 1)
        {
            var parent = unitStack.Peek();
            var forceGlobal = false;
            if (u.ScopeType is CompilerScopeType.Function or CompilerScopeType.Class)
            {
                var mangled = Mangler.Mangle(parent.Private, u.Name);
                if (parent.Ste.GetScope(mangled) == SymbolScope.GlobalExplicit) forceGlobal = true;
            }
            if (!forceGlobal)
            {
                baseName = parent.ScopeType is CompilerScopeType.Function or CompilerScopeType.Lambda
                    ? parent.QualName + ".<locals>"
                    : parent.QualName;
            }
        }
        u.QualName = baseName is null ? u.Name : baseName + "." + u.Name;
    }

    // ---- emission helpers (compiler_addop & co) ----

    private void UseNewImplicitBlockIfNeeded()
    {
        var last = u.CurrentBlock.Last;
        if (last is not null && PseudoOp.IsTerminator(last.Op)) UseNextBlock(u.NewBlock());
    }

    private void AddRaw(int op, int arg, BasicBlock? target, SourceSpan loc)
    {
        UseNewImplicitBlockIfNeeded();
        u.CurrentBlock.Instrs.Add(new Instr(op, arg, loc, target));
    }

    private void AddOp(OpCode op) => AddRaw((int)op, 0, null, u.Loc);
    private void AddOpI(OpCode op, int arg) => AddRaw((int)op, arg, null, u.Loc);
    private void AddPseudo(int op) => AddRaw(op, 0, null, u.Loc);
    private void AddOpNoLine(int op) => AddRaw(op, 0, null, Instr.NoLocation);
    private void AddJump(int op, BasicBlock target) => AddRaw(op, 0, target, u.Loc);
    private void AddJump(OpCode op, BasicBlock target) => AddRaw((int)op, 0, target, u.Loc);
    private void AddJumpNoLine(int op, BasicBlock target) => AddRaw(op, 0, target, Instr.NoLocation);

    private void LoadConst(ConstantValue value) => AddOpI(OpCode.LOAD_CONST, u.AddConst(value));

    private void AddOpName(OpCode op, string name) =>
        AddOpI(op, CompilerUnit.AddName(u.Names, Mangler.Mangle(u.Private, name)));

    private void UseNextBlock(BasicBlock block)
    {
        u.CurrentBlock.Next = block;
        u.CurrentBlock = block;
    }

    private void NextBlock() => UseNextBlock(u.NewBlock());

    private void SetLoc(Node node) => u.Loc = node.Span;

    private void UnsetLoc() => u.Loc = Instr.NoLocation;

    private void PushFrameBlock(FrameBlockType type, BasicBlock? block, BasicBlock? exit, object? datum)
    {
        if (u.FrameBlocks.Count >= 20) throw Error("too many statically nested blocks");
        u.FrameBlocks.Add(new FrameBlock(type, block, exit, datum));
    }

    private void PopFrameBlock() => u.FrameBlocks.RemoveAt(u.FrameBlocks.Count - 1);
}
