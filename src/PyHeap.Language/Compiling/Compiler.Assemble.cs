using PyHeap.Language.Syntax;

namespace PyHeap.Language.Compiling;

public sealed partial class Compiler
{
    /// <summary>Models compute_code_flags (3.11 does not set CO_NOFREE).</summary>
    private CodeFlags ComputeCodeFlags()
    {
        var ste = u.Ste;
        var flags = CodeFlags.None;
        if (ste.Type == BlockType.Function)
        {
            flags |= CodeFlags.NewLocals | CodeFlags.Optimized;
            if (ste.IsNested) flags |= CodeFlags.Nested;
            if (ste.IsGenerator) flags |= CodeFlags.Generator;
            if (ste.HasVarArgs) flags |= CodeFlags.VarArgs;
            if (ste.HasVarKeywords) flags |= CodeFlags.VarKeywords;
        }
        return flags;
    }

    /// <summary>Models assemble's prologue: every path that falls off the end returns None.</summary>
    private CodeObject Assemble(bool addNone)
    {
        if (u.CurrentBlock.Last?.Op != (int)OpCode.RETURN_VALUE)
        {
            UnsetLoc();
            if (addNone) LoadConst(ConstantValue.None);
            AddOp(OpCode.RETURN_VALUE);
        }
        return new Assembler(u, fileName, ComputeCodeFlags()).Assemble();
    }
}
