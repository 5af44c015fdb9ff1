using PyHeap.Runtime.Numerics;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>Turns an error from the numerics library into the Python exception of the same name and message.</summary>
public static class NumberErrors
{
    /// <summary>The exception to throw for <paramref name="e"/> (MemoryError with an empty message has no args, as PyErr_NoMemory).</summary>
    public static PyException From(PyPrimitiveError e)
    {
        var type = TypeByName(e.PythonTypeName);
        return e.Message.Length == 0 && type == ExceptionTypes.MemoryError ? Errors.NoArgs(type) : Errors.New(type, e.Message);
    }

    /// <summary>Maps a Python exception name used by the library to its type.</summary>
    public static PyType TypeByName(string name) => name switch
    {
        "ZeroDivisionError" => ExceptionTypes.ZeroDivisionError,
        "OverflowError" => ExceptionTypes.OverflowError,
        "TypeError" => ExceptionTypes.TypeError,
        "MemoryError" => ExceptionTypes.MemoryError,
        _ => ExceptionTypes.ValueError,
    };
}
