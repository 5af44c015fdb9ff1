using PyHeap.Runtime.Vm;

namespace PyHeap.Kernel;

/// <summary>What a magic runs with: the interpreter (on its thread), the session, and the line / cell text.</summary>
public sealed record MagicContext(Interpreter Interpreter, KernelSession Session, string Line, string? Cell);
