namespace PyHeap.Language.Compiling;

/// <summary>One bytecode instruction. <see cref="Arg"/> follows CPython 3.11's meaning for the opcode
/// except that jump targets are absolute instruction indices.</summary>
public readonly record struct Instruction(OpCode Op, int Arg);
