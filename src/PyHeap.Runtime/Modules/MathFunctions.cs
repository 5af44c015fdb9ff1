using System.Numerics;
using PyHeap.Runtime.Builtins;
using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Numerics;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Modules;

/// <summary>The math functions that need objects or special argument handling (Modules/mathmodule.c).</summary>
public static class MathFunctions
{
    private static readonly string[] IsCloseNames = ["a", "b", "rel_tol", "abs_tol"];
    private static readonly string[] ProdNames = ["iterable", "start"];

    /// <summary>math_1 error rules for the functions PyMath lacks: NaN from non-NaN is a domain error; inf from finite a range error only if it can overflow.</summary>
    private static double Math1(double x, double r, bool canOverflow)
    {
        if (double.IsNaN(r) && !double.IsNaN(x)) throw Errors.ValueError("math domain error");
        if (double.IsInfinity(r) && double.IsFinite(x))
            throw canOverflow ? Errors.OverflowError("math range error") : Errors.ValueError("math domain error");
        return r;
    }

    public static double Asinh(double x) => Math1(x, Math.Asinh(x), canOverflow: false);

    public static double Acosh(double x) => Math1(x, Math.Acosh(x), canOverflow: false);

    public static double Atanh(double x) => Math1(x, Math.Atanh(x), canOverflow: false);

    /// <summary>expm1 keeps precision near zero (C's expm1; .NET has none, so use the series for tiny x).</summary>
    public static double Expm1(double x)
    {
        if (Math.Abs(x) < 1e-5) return Math1(x, x + x * x / 2 + x * x * x / 6, canOverflow: true);
        return Math1(x, Math.Exp(x) - 1.0, canOverflow: true);
    }

    /// <summary>log1p with the usual correction for small x (CPython's m_log1p defers to C).</summary>
    public static double Log1p(double x)
    {
        if (x == 0) return x; // keeps the sign of zero
        var u = 1.0 + x;
        var r = u == 1.0 ? x : Math.Log(u) * x / (u - 1.0);
        if (x == -1.0) r = double.NegativeInfinity;
        return Math1(x, x < -1.0 ? double.NaN : r, canOverflow: false);
    }

    /// <summary>Models math_floor: exact floats directly, else __floor__, else PyFloat_AsDouble.</summary>
    public static PyObject Floor(PyObject x) => Rounding(x, "__floor__", Math.Floor);

    /// <summary>Models math_ceil.</summary>
    public static PyObject Ceil(PyObject x) => Rounding(x, "__ceil__", Math.Ceiling);

    private static PyObject Rounding(PyObject x, string dunder, Func<double, double> op)
    {
        double v;
        if (x.Type == Types.Float)
        {
            v = ((PyFloat)x).Value;
        }
        else if (Abstract.LookupSpecial(x, dunder) is { } method)
        {
            try
            {
                return Interpreter.Current.CallObject(method, []);
            }
            finally
            {
                RefCounts.DecRef(method);
            }
        }
        else
        {
            v = MathArgs.AsDouble(x);
        }
        var r = op(v);
        if (double.IsFinite(r) && FloatOps.TryToLong(r, out var small)) return PyInt.From(small);
        return MathArgs.Int(() => FloatOps.ToInteger(r));
    }

    /// <summary>Models math_trunc: exact floats directly, else __trunc__ or a TypeError.</summary>
    public static PyObject Trunc(PyObject x)
    {
        if (x.Type == Types.Float) return FloatMethods.ToInt(x);
        var method = Abstract.LookupSpecial(x, "__trunc__") ?? throw Errors.TypeError($"type {x.Type.Name} doesn't define __trunc__ method");
        try
        {
            return Interpreter.Current.CallObject(method, []);
        }
        finally
        {
            RefCounts.DecRef(method);
        }
    }

    /// <summary>Models loghelper: ints of any size (via frexp for huge ones), else a float through math_1.</summary>
    public static PyObject LogOne(PyObject x, Func<BigInteger, double> ofInt, Func<double, double> ofFloat) =>
        PyFloat.From(LogValue(x, ofInt, ofFloat));

    private static double LogValue(PyObject x, Func<BigInteger, double> ofInt, Func<double, double> ofFloat)
    {
        try
        {
            if (x is PyInt i) return i.IsBig ? ofInt(i.BigValue) : i.Value > 0 ? ofFloat(i.Value) : ofInt(i.Value);
            return ofFloat(MathArgs.AsDouble(x));
        }
        catch (PyPrimitiveError e)
        {
            throw NumberErrors.From(e);
        }
    }

    /// <summary>math.log(x[, base]) (math_log_impl).</summary>
    public static PyObject Log(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        NativeArgs.NoKeywords("log", kw);
        if (args.Length is < 1 or > 2) throw Errors.TypeError("math.log requires 1 to 2 arguments");
        var num = LogValue(args[0], PyMath.Log, PyMath.Log);
        if (args.Length == 1) return PyFloat.From(num);
        var den = LogValue(args[1], PyMath.Log, PyMath.Log);
        return MathArgs.Float(() => PyMath.LogWithBase(num, den));
    }

    /// <summary>math.isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0).</summary>
    public static PyObject IsClose(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var v = NumberClinic.Bind("isclose", args, kw, IsCloseNames, 2, 2);
        var a = MathArgs.AsDouble(v[0]!);
        var b = MathArgs.AsDouble(v[1]!);
        var rel = v[2] is null ? 1e-09 : MathArgs.AsDouble(v[2]!);
        var abs = v[3] is null ? 0.0 : MathArgs.AsDouble(v[3]!);
        try
        {
            return PyBool.From(PyMath.IsClose(a, b, rel, abs));
        }
        catch (PyPrimitiveError e)
        {
            throw NumberErrors.From(e);
        }
    }

    /// <summary>math.hypot(*coordinates).</summary>
    public static PyObject Hypot(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        NativeArgs.NoKeywords("hypot", kw);
        var values = new double[args.Length];
        for (var i = 0; i < args.Length; i++) values[i] = MathArgs.AsDouble(args[i]);
        return MathArgs.Float(() => PyMath.Hypot(values));
    }

    /// <summary>math.dist(p, q).</summary>
    public static PyObject Dist(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        NativeArgs.Range("dist", args, kw, 2, 2);
        var p = MathArgs.Doubles(args[0]);
        var q = MathArgs.Doubles(args[1]);
        if (p.Length != q.Length) throw Errors.ValueError("both points must have the same number of dimensions");
        return MathArgs.Float(() => PyMath.Dist(p, q));
    }

    /// <summary>math.prod(iterable, *, start=1): repeated PyNumber_Multiply.</summary>
    public static PyObject Prod(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var v = NumberClinic.Bind("prod", args, kw, ProdNames, 1, 1, positionalOnly: 1);
        PyObject result = v[1] is { } start ? RefCounts.NewRef(start) : PyInt.One;
        var it = Abstract.GetIter(v[0]!);
        try
        {
            while (Abstract.IterNext(it) is { } item)
            {
                try
                {
                    var next = Abstract.BinaryOp(result, item, NumberSlot.Multiply);
                    RefCounts.DecRef(result);
                    result = next;
                }
                finally
                {
                    RefCounts.DecRef(item);
                }
            }
        }
        catch
        {
            RefCounts.DecRef(result);
            throw;
        }
        finally
        {
            RefCounts.DecRef(it);
        }
        return result;
    }

    /// <summary>math.frexp(x): (m, e) with 0.5 &lt;= |m| &lt; 1; zero, inf and nan come back unchanged with e = 0.</summary>
    public static PyObject Frexp(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        NativeArgs.ExactlyOne("math.frexp", args, kw);
        var x = MathArgs.AsDouble(args[0]);
        long e = 0;
        var m = x;
        if (x != 0 && double.IsFinite(x))
        {
            var mant = DoubleBits.Decompose(Math.Abs(x), out var exp);
            var bits = 64 - BitOperations.LeadingZeroCount((ulong)mant);
            e = exp + bits;
            m = Math.CopySign(Math.ScaleB(mant, -bits), x);
        }
        return PyTuple.Steal([PyFloat.From(m), PyInt.From(e)]);
    }

    /// <summary>math.ldexp(x, i).</summary>
    public static PyObject Ldexp(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        NativeArgs.Range("ldexp", args, kw, 2, 2);
        var x = MathArgs.AsDouble(args[0]);
        if (args[1] is not PyInt i) throw Errors.TypeError("Expected an int as second argument to ldexp.");
        var n = i.IsBig ? (i.BigValue.Sign < 0 ? int.MinValue : int.MaxValue) : (int)Math.Clamp(i.Value, int.MinValue, int.MaxValue);
        if (x == 0 || !double.IsFinite(x)) return PyFloat.From(x);
        var r = Math.ScaleB(x, n);
        if (double.IsInfinity(r)) throw Errors.OverflowError("math range error");
        return PyFloat.From(r);
    }

    /// <summary>math.modf(x): (fractional, integral) parts with x's sign.</summary>
    public static PyObject Modf(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        NativeArgs.ExactlyOne("math.modf", args, kw);
        var x = MathArgs.AsDouble(args[0]);
        double frac, whole;
        if (double.IsInfinity(x))
        {
            frac = Math.CopySign(0.0, x);
            whole = x;
        }
        else if (double.IsNaN(x))
        {
            frac = whole = x;
        }
        else
        {
            whole = Math.Truncate(x);
            frac = Math.CopySign(x - whole, x);
        }
        return PyTuple.Steal([PyFloat.From(frac), PyFloat.From(whole)]);
    }
}
