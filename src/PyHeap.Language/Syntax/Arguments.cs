namespace PyHeap.Language.Syntax;

/// <summary>ast.arguments (KwDefaults parallels KwOnlyArgs; Defaults belong to the last positional args). Span is unused (None).</summary>
public sealed record Arguments(IReadOnlyList<Arg> PosOnlyArgs, IReadOnlyList<Arg> Args, Arg? VarArg, IReadOnlyList<Arg> KwOnlyArgs, IReadOnlyList<Expression?> KwDefaults, Arg? KwArg, IReadOnlyList<Expression> Defaults, SourceSpan Span) : Node(Span);
