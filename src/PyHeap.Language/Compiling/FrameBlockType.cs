namespace PyHeap.Language.Compiling;

/// <summary>compile.c's enum fblocktype.</summary>
internal enum FrameBlockType
{
    WhileLoop,
    ForLoop,
    TryExcept,
    FinallyTry,
    FinallyEnd,
    With,
    HandlerCleanup,
    PopValue,
    ExceptionHandler,
}
