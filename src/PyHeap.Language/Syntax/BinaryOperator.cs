namespace PyHeap.Language.Syntax;

/// <summary>ast.operator; the numbering is CPython 3.11's NB_* order for BINARY_OP (NB_ADD=0 … NB_XOR=12) — add 13 for the in-place form.</summary>
public enum BinaryOperator
{
    Add = 0,
    BitAnd = 1,
    FloorDiv = 2,
    LShift = 3,
    MatMult = 4,
    Mult = 5,
    Mod = 6,
    BitOr = 7,
    Pow = 8,
    RShift = 9,
    Sub = 10,
    Div = 11,
    BitXor = 12,
}
