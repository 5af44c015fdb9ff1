namespace PyHeap.Runtime.Builtins;

/// <summary>Indexes of <c>PyType.NumberSlots</c>: the BINARY_OP arguments (Include/opcode.h: NB_ADD … NB_XOR).</summary>
public static class NumberSlot
{
    public const int Add = 0;
    public const int And = 1;
    public const int FloorDivide = 2;
    public const int LeftShift = 3;
    public const int MatrixMultiply = 4;
    public const int Multiply = 5;
    public const int Remainder = 6;
    public const int Or = 7;
    public const int Power = 8;
    public const int RightShift = 9;
    public const int Subtract = 10;
    public const int TrueDivide = 11;
    public const int Xor = 12;

    /// <summary>The dunder stems in slot order ("add" → __add__ / __radd__).</summary>
    public static readonly string[] Names = ["add", "and", "floordiv", "lshift", "matmul", "mul", "mod", "or", "pow", "rshift", "sub", "truediv", "xor"];
}
