namespace PyHeap.Language.Compiling;

/// <summary>The resolved scope of a name (pycore_symtable.h: LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL); 0 = unknown.</summary>
public enum SymbolScope
{
    Unknown = 0,
    Local = 1,
    GlobalExplicit = 2,
    GlobalImplicit = 3,
    Free = 4,
    Cell = 5,
}
