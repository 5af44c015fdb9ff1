using PyHeap.Runtime.Numerics;

namespace PyHeap.Runtime.Formatting;

/// <summary>An error from format(), str.format, % formatting or a str method, with CPython's exact type name and message.</summary>
public sealed class PyFormatError : PyPrimitiveError
{
    public PyFormatError(string pythonTypeName, string message) : base(pythonTypeName, message)
    {
    }

    internal static PyFormatError Value(string message) => new("ValueError", message);

    internal static PyFormatError Type(string message) => new("TypeError", message);

    internal static PyFormatError Overflow(string message) => new("OverflowError", message);

    internal static PyFormatError Key(string message) => new("KeyError", message);

    internal static PyFormatError Index(string message) => new("IndexError", message);
}
