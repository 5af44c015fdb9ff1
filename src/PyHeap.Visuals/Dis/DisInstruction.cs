namespace PyHeap.Visuals.Dis;

/// <summary>
/// One line of the listing, as Lib/dis.py's Instruction shows it: the byte offset CPython 3.11 would give it
/// (inline caches and EXTENDED_ARG counted), the line it starts (or null), whether a jump lands on it, the
/// opcode name, the argument (null below HAVE_ARGUMENT) and its argrepr; plus the reference note.
/// </summary>
public sealed record DisInstruction(int Offset, int? StartsLine, bool IsJumpTarget, string OpName, int? Arg, string ArgRepr, ReferenceNote Note);
