using System.Globalization;
using System.Numerics;
using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Numerics;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>float(x) (Objects/floatobject.c: float_new_impl, PyNumber_Float in abstract.c) and float.fromhex.</summary>
public static class FloatConstructor
{
    public static PyObject New(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        // float_new: keywords are refused unless a subclass has its own __init__ to take them.
        if (!TypeCall.InitOverridden(type)) NativeArgs.NoKeywords("float", kwnames);
        var nargs = args.Length - (kwnames?.Count ?? 0);
        if (nargs > 1) throw Errors.TypeError($"float expected at most 1 argument, got {nargs}");
        if (!ReferenceEquals(type, Types.Float))
        {
            // float_subtype_new: the exact float first (float_new_impl), then the subclass's copy of its value.
            var exact = (PyFloat)(nargs == 0 ? PyFloat.From(0.0) : Number(args[0]));
            try
            {
                return PyFloat.NewSubtype(type, exact.Value);
            }
            finally
            {
                RefCounts.DecRef(exact);
            }
        }
        if (nargs == 0) return PyFloat.From(0.0);
        return Number(args[0]);
    }

    /// <summary>Models PyNumber_Float: __float__, then __index__, then text.</summary>
    public static PyObject Number(PyObject x)
    {
        if (x.Type == Types.Float) return RefCounts.NewRef(x);
        if (x is PyStr s) return PyFloat.From(Parse(s.Value));
        if (x.Type.Float is { } toFloat)
        {
            var r = toFloat(x);
            if (r.Type == Types.Float) return r;
            if (r is PyFloat rf)
            {
                // A float subclass (DeprecationWarning in CPython, on stderr): keep only the value.
                var exact = PyFloat.From(rf.Value);
                RefCounts.DecRef(r);
                return exact;
            }
            var name = r.Type.Name;
            RefCounts.DecRef(r);
            throw Errors.TypeError($"{x.Type.Name}.__float__ returned non-float (type {name})");
        }
        if (x.Type.Index is not null)
        {
            var i = Abstract.Index(x);
            try
            {
                return PyFloat.From(FloatArithmetic.ToDouble(i));
            }
            finally
            {
                RefCounts.DecRef(i);
            }
        }
        throw Errors.TypeError($"float() argument must be a string or a real number, not '{x.Type.Name}'");
    }

    /// <summary>float(text) via FloatParse (NaN is already the positive quiet NaN CPython produces).</summary>
    public static double Parse(string text)
    {
        try
        {
            return FloatParse.Parse(text);
        }
        catch (PyPrimitiveError e)
        {
            throw NumberErrors.From(e);
        }
    }

    /// <summary>float.fromhex(s) (float_fromhex): exact, rounded half-even.</summary>
    public static PyObject FromHex(PyObject cls, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        NativeArgs.ExactlyOne("float.fromhex", args, kwnames);
        if (args[0] is not PyStr s) throw Errors.TypeError($"bad argument type for built-in operation");
        var value = PyFloat.From(ParseHex(s.Value));
        if (ReferenceEquals(cls, Types.Float)) return value;
        try
        {
            return Interpreter.Current.CallObject(cls, [value]);
        }
        finally
        {
            RefCounts.DecRef(value);
        }
    }

    private static double ParseHex(string text)
    {
        var t = text.Trim(' ', '\t', '\n', '\r', '\v', '\f');
        var i = 0;
        var negative = false;
        if (i < t.Length && (t[i] == '+' || t[i] == '-')) negative = t[i++] == '-';
        var rest = t[i..].ToLowerInvariant();
        if (rest is "inf" or "infinity") return negative ? double.NegativeInfinity : double.PositiveInfinity;
        if (rest == "nan") return negative ? -PyMath.Nan : PyMath.Nan;
        if (rest.StartsWith("0x", StringComparison.Ordinal)) rest = rest[2..];
        BigInteger mant = BigInteger.Zero;
        long exp = 0;
        var digits = 0;
        var j = 0;
        var seenDot = false;
        for (; j < rest.Length; j++)
        {
            var c = rest[j];
            if (c == '.' && !seenDot)
            {
                seenDot = true;
                continue;
            }
            var d = HexDigit(c);
            if (d < 0) break;
            mant = (mant << 4) | d;
            digits++;
            if (seenDot) exp -= 4;
        }
        if (digits == 0) throw Errors.ValueError("invalid hexadecimal floating-point string");
        if (j < rest.Length)
        {
            if (rest[j] != 'p' || !long.TryParse(rest[(j + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var e))
                throw Errors.ValueError("invalid hexadecimal floating-point string");
            exp += e;
        }
        if (mant.IsZero) return negative ? -0.0 : 0.0;
        var d2 = DoubleBits.ScaledToDouble(mant, exp);
        if (double.IsInfinity(d2)) throw Errors.OverflowError("hexadecimal value too large to represent as a float");
        return negative ? -d2 : d2;
    }

    private static int HexDigit(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        _ => -1,
    };
}
