namespace PyHeap.Runtime.Numerics;

/// <summary>An error from int/float arithmetic, conversion or parsing, with CPython's exact type name and message.</summary>
public sealed class PyArithmeticError : PyPrimitiveError
{
    public PyArithmeticError(string pythonTypeName, string message) : base(pythonTypeName, message)
    {
    }

    internal static PyArithmeticError ZeroDivision(string message) => new("ZeroDivisionError", message);

    internal static PyArithmeticError Overflow(string message) => new("OverflowError", message);

    internal static PyArithmeticError Value(string message) => new("ValueError", message);

    internal static PyArithmeticError Type(string message) => new("TypeError", message);
}
