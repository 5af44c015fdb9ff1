using System.Numerics;

namespace PyHeap.Runtime.Formatting;

/// <summary>One Python object as seen by printf-style formatting; the runtime implements it over its objects.</summary>
public interface IFormatArgument
{
    /// <summary>Py_TYPE(v)->tp_name, e.g. "str", for error messages.</summary>
    string TypeName { get; }

    /// <summary>isinstance(v, int) (PyLong_Check): '*' widths accept only these.</summary>
    bool IsInt { get; }

    /// <summary>int, bool, or an object with __index__ (PyNumber_Index).</summary>
    bool TryGetInteger(out BigInteger value);

    /// <summary>A real number usable by %d via int() and by %e/%f/%g via float(): float, int, bool, __float__ objects.</summary>
    bool TryGetFloat(out double value);

    /// <summary>The argument when it is a str (for %c it must have exactly one code point).</summary>
    bool TryGetString(out string value);

    string Str();

    string Repr();

    string Ascii();
}
