namespace PyHeap.Language.Compiling;

/// <summary>compile.c's COMP_GENEXP / COMP_LISTCOMP / COMP_SETCOMP / COMP_DICTCOMP.</summary>
internal enum ComprehensionKind
{
    GenExp,
    List,
    Set,
    Dict,
}
