namespace PyHeap.Language.Compiling;

/// <summary>
/// Compile-time opcodes: the real <see cref="OpCode"/> values plus 3.11's pseudo-instructions (compile.c's
/// SETUP_FINALLY … POP_JUMP_IF_NOT_NONE), which the assembler turns into NOPs or direction-specific jumps.
/// </summary>
internal static class PseudoOp
{
    public const int SetupFinally = 256;
    public const int SetupCleanup = 257;
    public const int SetupWith = 258;
    public const int PopBlock = 259;
    public const int Jump = 260;
    public const int JumpNoInterrupt = 261;
    public const int PopJumpIfFalse = 262;
    public const int PopJumpIfTrue = 263;
    public const int PopJumpIfNone = 264;
    public const int PopJumpIfNotNone = 265;

    public static bool IsBlockPush(int op) => op is SetupFinally or SetupCleanup or SetupWith;

    public static bool IsJump(int op) => op switch
    {
        Jump or JumpNoInterrupt or PopJumpIfFalse or PopJumpIfTrue or PopJumpIfNone or PopJumpIfNotNone => true,
        (int)OpCode.JUMP_FORWARD or (int)OpCode.JUMP_BACKWARD or (int)OpCode.JUMP_BACKWARD_NO_INTERRUPT => true,
        (int)OpCode.POP_JUMP_FORWARD_IF_FALSE or (int)OpCode.POP_JUMP_FORWARD_IF_TRUE => true,
        (int)OpCode.POP_JUMP_FORWARD_IF_NONE or (int)OpCode.POP_JUMP_FORWARD_IF_NOT_NONE => true,
        (int)OpCode.POP_JUMP_BACKWARD_IF_FALSE or (int)OpCode.POP_JUMP_BACKWARD_IF_TRUE => true,
        (int)OpCode.POP_JUMP_BACKWARD_IF_NONE or (int)OpCode.POP_JUMP_BACKWARD_IF_NOT_NONE => true,
        (int)OpCode.JUMP_IF_FALSE_OR_POP or (int)OpCode.JUMP_IF_TRUE_OR_POP => true,
        (int)OpCode.FOR_ITER or (int)OpCode.SEND => true,
        _ => false,
    };

    public static bool IsUnconditionalJump(int op) => op is Jump or JumpNoInterrupt
        or (int)OpCode.JUMP_FORWARD or (int)OpCode.JUMP_BACKWARD or (int)OpCode.JUMP_BACKWARD_NO_INTERRUPT;

    public static bool IsScopeExit(int op) => op is (int)OpCode.RETURN_VALUE or (int)OpCode.RAISE_VARARGS or (int)OpCode.RERAISE;

    public static bool IsTerminator(int op) => IsJump(op) || IsScopeExit(op);

    /// <summary>HAS_ARG: opcodes at or above HAVE_ARGUMENT (90) carry an argument.</summary>
    public static bool HasArg(int op) => op >= 90;
}
