namespace PyHeap.Language.Syntax;

/// <summary>What a <see cref="ConstantValue"/> holds.</summary>
public enum ConstantKind
{
    None,
    Bool,
    Int,
    Float,
    Str,
    Bytes,
    Ellipsis,
    Tuple,
    FrozenSet,
    Code,
}
