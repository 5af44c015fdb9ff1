using PyHeap.Language.Syntax;

namespace PyHeap.Language.Compiling;

/// <summary>A compile-time instruction (compile.c's struct instr). A location with Line &lt; 0 means "none yet".</summary>
internal sealed class Instr
{
    public static readonly SourceSpan NoLocation = new(-1, -1, -1, -1);

    public Instr(int op, int arg, SourceSpan loc, BasicBlock? target = null)
    {
        Op = op;
        Arg = arg;
        Loc = loc;
        Target = target;
    }

    public int Op;
    public int Arg;
    public BasicBlock? Target;
    /// <summary>The handler block an exception here goes to (set by label_exception_targets).</summary>
    public BasicBlock? Except;
    public SourceSpan Loc;

    public int Line => Loc.Line;

    public Instr Clone() => new(Op, Arg, Loc, Target) { Except = Except };

    public override string ToString() => $"{(Op < 256 ? ((OpCode)Op).ToString() : "pseudo" + Op)} {Arg} @{Loc.Line}";
}
