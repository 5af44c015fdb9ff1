namespace PyHeap.Language.Compiling;

/// <summary>A frame block (compile.c's struct fblockinfo): a loop, try, with or handler being compiled, used to
/// unwind on return/break/continue. Datum is the finally body, the with statement or the handler's name.</summary>
internal sealed record FrameBlock(FrameBlockType Type, BasicBlock? Block, BasicBlock? Exit, object? Datum);
