using System.Globalization;
using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Numerics;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>
/// int → text: repr/str (long_to_decimal_string with 3.11's digit limit) and the hex()/oct()/bin() builtins
/// (Python/bltinmodule.c: builtin_hex → PyNumber_ToBase).
/// </summary>
public static class IntText
{
    /// <summary>str(int) / repr(int); ValueError past sys.get_int_max_str_digits().</summary>
    public static string Decimal(PyInt i)
    {
        if (!i.IsBig) return i.Value.ToString(CultureInfo.InvariantCulture);
        try
        {
            return IntFormat.ToDecimalString(i.BigValue, IntLimits.MaxStrDigits);
        }
        catch (PyPrimitiveError e)
        {
            throw NumberErrors.From(e);
        }
    }

    /// <summary>hex(x): x goes through __index__ ("'float' object cannot be interpreted as an integer").</summary>
    public static PyObject Hex(PyObject x) => ToBase(x, IntFormat.Hex);

    /// <summary>oct(x).</summary>
    public static PyObject Oct(PyObject x) => ToBase(x, IntFormat.Oct);

    /// <summary>bin(x).</summary>
    public static PyObject Bin(PyObject x) => ToBase(x, IntFormat.Bin);

    private static PyObject ToBase(PyObject x, Func<System.Numerics.BigInteger, string> format)
    {
        var i = Abstract.Index(x);
        try
        {
            return PyStr.From(format(i.BigValue));
        }
        finally
        {
            RefCounts.DecRef(i);
        }
    }
}
