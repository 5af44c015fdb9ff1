namespace PyHeap.Language.Compiling;

/// <summary>Per-name definition flags, as Include/internal/pycore_symtable.h's DEF_* bits.</summary>
[Flags]
public enum SymbolFlags
{
    None = 0,
    DefGlobal = 1,
    DefLocal = 2,
    DefParam = 4,
    DefNonlocal = 8,
    Use = 16,
    DefFree = 32,
    DefFreeClass = 64,
    DefImport = 128,
    DefAnnot = 256,
    DefCompIter = 512,
    /// <summary>DEF_BOUND: any binding in the block.</summary>
    DefBound = DefLocal | DefParam | DefImport,
}
