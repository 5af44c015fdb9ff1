namespace PyHeap.Language.Compiling;

/// <summary>co_flags, with CPython's values (Include/cpython/code.h).</summary>
[Flags]
public enum CodeFlags
{
    None = 0,
    Optimized = 0x1,
    NewLocals = 0x2,
    VarArgs = 0x4,
    VarKeywords = 0x8,
    Nested = 0x10,
    Generator = 0x20,
    NoFree = 0x40,
    Coroutine = 0x80,
}
