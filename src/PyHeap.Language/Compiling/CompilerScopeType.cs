namespace PyHeap.Language.Compiling;

/// <summary>compile.c's COMPILER_SCOPE_*.</summary>
internal enum CompilerScopeType
{
    Module,
    Class,
    Function,
    Lambda,
    Comprehension,
}
