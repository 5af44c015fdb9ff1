namespace PyHeap.Language.Compiling;

/// <summary>
/// One row of a 3.11 exception table (Objects/exception_handling_notes.txt): an exception raised by an
/// instruction in [Start, End) pops the value stack down to <see cref="Depth"/>, pushes the offset of the
/// raising instruction if <see cref="Lasti"/>, pushes the exception, and jumps to <see cref="Target"/>.
/// Indices are instruction indices.
/// </summary>
public readonly record struct ExceptionTableEntry(int Start, int End, int Target, int Depth, bool Lasti);
