using System.Numerics;
using System.Text;
using PyHeap.Runtime.Numerics;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>float's named methods and attributes (Objects/floatobject.c: float_methods, float_getset).</summary>
public static class FloatMethods
{
    public static void Install(PyType t)
    {
        TypeDicts.AddMethod(t, "is_integer", (self, args, kw) =>
        {
            NativeArgs.None("float.is_integer", args, kw);
            return PyBool.From(FloatOps.IsInteger(Value(self)));
        });
        TypeDicts.AddMethod(t, "as_integer_ratio", (self, args, kw) =>
        {
            NativeArgs.None("float.as_integer_ratio", args, kw);
            return AsIntegerRatio(Value(self));
        });
        TypeDicts.AddMethod(t, "conjugate", (self, args, kw) => { NativeArgs.None("float.conjugate", args, kw); return FloatArithmetic.Exact(self); });
        TypeDicts.AddMethod(t, "hex", (self, args, kw) => { NativeArgs.None("float.hex", args, kw); return PyStr.From(Hex(Value(self))); });
        TypeDicts.AddMethod(t, "__trunc__", (self, args, kw) => { NativeArgs.None("float.__trunc__", args, kw); return ToInt(self); });
        TypeDicts.AddMethod(t, "__floor__", (self, args, kw) =>
        {
            NativeArgs.None("float.__floor__", args, kw);
            return Guard(() => PyInt.From(PyMath.Floor(Value(self))));
        });
        TypeDicts.AddMethod(t, "__ceil__", (self, args, kw) =>
        {
            NativeArgs.None("float.__ceil__", args, kw);
            return Guard(() => PyInt.From(PyMath.Ceil(Value(self))));
        });
        TypeDicts.AddMethod(t, "__round__", (self, args, kw) =>
        {
            NativeArgs.NoKeywords("float.__round__", kw);
            NativeArgs.Range("__round__", args, kw, 0, 1);
            return Round(Value(self), args.Length == 1 ? args[0] : PyNone.None);
        });
        TypeDicts.AddMethod(t, "__getnewargs__", (self, args, kw) =>
        {
            NativeArgs.None("float.__getnewargs__", args, kw);
            return PyTuple.Steal([PyFloat.From(Value(self))]);
        });
        TypeDicts.AddGetSet(t, "real", FloatArithmetic.Exact);
        TypeDicts.AddGetSet(t, "imag", _ => PyFloat.From(0.0));
    }

    private static double Value(PyObject self) => ((PyFloat)self).Value;

    private static PyObject Guard(Func<PyObject> f)
    {
        try
        {
            return f();
        }
        catch (PyPrimitiveError e)
        {
            throw NumberErrors.From(e);
        }
    }

    /// <summary>float_int / float___trunc__: truncation to an int (ValueError for NaN, OverflowError for inf).</summary>
    public static PyObject ToInt(PyObject self)
    {
        var x = Value(self);
        if (double.IsFinite(x) && FloatOps.TryToLong(x, out var small)) return PyInt.From(small);
        return Guard(() => PyInt.From(FloatOps.ToInteger(x)));
    }

    /// <summary>Models float___round___impl: an int without ndigits, else a float rounded half-even exactly.</summary>
    public static PyObject Round(double x, PyObject ndigits)
    {
        if (ndigits is PyNone) return Guard(() => PyInt.From(FloatOps.RoundToInteger(x)));
        var nd = Abstract.Index(ndigits);
        // PyNumber_AsSsize_t(o, NULL) clamps out-of-range values.
        var n = nd.IsBig ? (nd.BigValue.Sign < 0 ? long.MinValue : long.MaxValue) : nd.Value;
        Memory.RefCounts.DecRef(nd);
        try
        {
            return PyFloat.From(FloatOps.Round(x, n));
        }
        catch (PyPrimitiveError e)
        {
            throw NumberErrors.From(e);
        }
    }

    /// <summary>Models float_as_integer_ratio.</summary>
    public static PyObject AsIntegerRatio(double x)
    {
        if (double.IsInfinity(x)) throw Errors.OverflowError("cannot convert Infinity to integer ratio");
        if (double.IsNaN(x)) throw Errors.ValueError("cannot convert NaN to integer ratio");
        if (x == 0) return PyTuple.Steal([PyInt.Zero, PyInt.One]);
        var mant = DoubleBits.Decompose(x, out var exp);
        var tz = BitOperations.TrailingZeroCount(mant);
        mant >>= tz;
        exp += tz;
        BigInteger num = mant, den = BigInteger.One;
        if (exp >= 0) num <<= exp;
        else den <<= -exp;
        return PyTuple.Steal([PyInt.From(num), PyInt.From(den)]);
    }

    /// <summary>Models float_hex: "0x1.8000000000000p+1", 13 hex digits after the point.</summary>
    public static string Hex(double x)
    {
        if (double.IsNaN(x)) return "nan";
        if (double.IsInfinity(x)) return x > 0 ? "inf" : "-inf";
        if (x == 0) return double.IsNegative(x) ? "-0x0.0p+0" : "0x0.0p+0";
        var m = Frexp(Math.Abs(x), out var e);
        var shift = 1 - Math.Max(-1021 - e, 0);
        m = Math.ScaleB(m, shift);
        e -= shift;
        var sb = new StringBuilder(x < 0 ? "-0x" : "0x");
        var digit = (int)m;
        sb.Append("0123456789abcdef"[digit]);
        m -= digit;
        sb.Append('.');
        for (var i = 0; i < 13; i++)
        {
            m *= 16.0;
            digit = (int)m;
            sb.Append("0123456789abcdef"[digit]);
            m -= digit;
        }
        sb.Append('p').Append(e >= 0 ? "+" : "-").Append(Math.Abs(e));
        return sb.ToString();
    }

    /// <summary>C frexp for a positive finite value: x == m * 2**e with 0.5 &lt;= m &lt; 1.</summary>
    private static double Frexp(double x, out int e)
    {
        var mant = DoubleBits.Decompose(x, out var exp);
        var bits = 64 - BitOperations.LeadingZeroCount((ulong)mant);
        e = exp + bits;
        return Math.ScaleB(mant, -bits);
    }
}
