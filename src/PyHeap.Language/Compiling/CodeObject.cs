using PyHeap.Language.Syntax;

namespace PyHeap.Language.Compiling;

/// <summary>
/// A compiled code object, shaped like CPython 3.11's PyCodeObject (Include/cpython/code.h): the
/// "localsplus" layout is co_varnames, then cell variables that are not arguments, then free variables,
/// and LOAD_FAST / LOAD_DEREF / MAKE_CELL / LOAD_CLOSURE index straight into it.
/// </summary>
public sealed class CodeObject
{
    public required string Name { get; init; }
    public required string QualName { get; init; }
    public required string FileName { get; init; }
    public required int FirstLineNo { get; init; }
    public required int ArgCount { get; init; }
    public required int PosOnlyArgCount { get; init; }
    public required int KwOnlyArgCount { get; init; }
    public required CodeFlags Flags { get; init; }

    /// <summary>Instructions; the first is RESUME (after COPY_FREE_VARS / MAKE_CELL / RETURN_GENERATOR+POP_TOP, as in 3.11).</summary>
    public required Instruction[] Instructions { get; init; }

    /// <summary>Source position of each instruction (parallel to <see cref="Instructions"/>); line 0 = none.</summary>
    public required SourceSpan[] Positions { get; init; }

    public required ExceptionTableEntry[] ExceptionTable { get; init; }
    public required ConstantValue[] Consts { get; init; }

    /// <summary>co_names: globals, attributes and imported names used by the *_NAME/_GLOBAL/_ATTR/_METHOD opcodes.</summary>
    public required string[] Names { get; init; }

    /// <summary>Names of the localsplus slots, and their kinds (parallel arrays).</summary>
    public required string[] LocalsPlusNames { get; init; }
    public required LocalKind[] LocalsPlusKinds { get; init; }

    /// <summary>Maximum depth of the value stack.</summary>
    public required int StackSize { get; init; }

    /// <summary>
    /// For a module compiled from source: the values of its Constant nodes (distinct, in source order). While
    /// the module runs CPython's parser arena holds a reference to each, so their counts are one higher.
    /// </summary>
    public IReadOnlyList<ConstantValue> SourceConstants { get; internal set; } = [];

    /// <summary>Number of argument slots at the front of localsplus (args, kw-only args, *args, **kwargs).</summary>
    public int TotalArgCount => ArgCount + KwOnlyArgCount
        + ((Flags & CodeFlags.VarArgs) != 0 ? 1 : 0) + ((Flags & CodeFlags.VarKeywords) != 0 ? 1 : 0);

    /// <summary>co_varnames: the plain locals (including arguments).</summary>
    public IEnumerable<string> VarNames => LocalsPlusNames.Where((_, i) => (LocalsPlusKinds[i] & LocalKind.Local) != 0);

    /// <summary>co_cellvars.</summary>
    public IEnumerable<string> CellVars => LocalsPlusNames.Where((_, i) => (LocalsPlusKinds[i] & LocalKind.Cell) != 0);

    /// <summary>co_freevars.</summary>
    public IEnumerable<string> FreeVars => LocalsPlusNames.Where((_, i) => (LocalsPlusKinds[i] & LocalKind.Free) != 0);

    /// <summary>Number of free variables (the last slots of localsplus; COPY_FREE_VARS copies that many).</summary>
    public int FreeVarCount => LocalsPlusKinds.Count(k => (k & LocalKind.Free) != 0);

    /// <summary>Line of instruction <paramref name="index"/> (0 if it has none).</summary>
    public int LineOf(int index) => index >= 0 && index < Positions.Length ? Positions[index].Line : 0;

    public override string ToString() => $"<code object {Name}, file \"{FileName}\", line {FirstLineNo}>";
}
