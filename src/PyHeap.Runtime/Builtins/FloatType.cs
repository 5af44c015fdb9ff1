using System.Numerics;
using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>float (Objects/floatobject.c).</summary>
public static class FloatType
{
    public static void Install()
    {
        var t = Types.Float;
        t.Repr = self => PyStr.From(Numerics.FloatRepr.Repr(((PyFloat)self).Value));
        t.Hash = self => Numerics.PyHash.Float(((PyFloat)self).Value, ObjectMethods.PointerHash(self));
        t.Bool = self => ((PyFloat)self).Value != 0;
        t.RichCompare = Compare;
        t.Float = self => RefCounts.NewRef(self);
        t.Negative = self => PyFloat.From(-((PyFloat)self).Value);
        t.Positive = self => RefCounts.NewRef(self);
        t.Absolute = self => PyFloat.From(Math.Abs(((PyFloat)self).Value));
        t.NumberSlots[0] = (a, b) => Binary(a, b, static (x, y) => x + y);
        t.NumberSlots[10] = (a, b) => Binary(a, b, static (x, y) => x - y);
        t.NumberSlots[5] = (a, b) => Binary(a, b, static (x, y) => x * y);
        t.NumberSlots[11] = (a, b) => Binary(a, b, Divide);
        t.NumberSlots[2] = (a, b) => Binary(a, b, Numerics.FloatOps.FloorDivide);
        t.NumberSlots[6] = (a, b) => Binary(a, b, Numerics.FloatOps.Modulo);
        t.NumberSlots[8] = (a, b) => Binary(a, b, Numerics.FloatOps.Power);
        t.New = (type, args, kw) =>
        {
            NativeArgs.NoKeywords("float", kw);
            if (args.Length > 1) throw Errors.TypeError($"float expected at most 1 argument, got {args.Length}");
            if (args.Length == 0) return PyFloat.From(0.0);
            return args[0] switch
            {
                PyFloat f => RefCounts.NewRef<PyObject>(f),
                PyInt i => PyFloat.From(Numerics.IntOps.ToDouble(i.BigValue)),
                PyStr s => PyFloat.From(ParseFloat(s.Value)),
                var o when o.Type.Float is { } conv => conv(o),
                var o => throw Errors.TypeError($"float() argument must be a string or a real number, not '{o.Type.Name}'"),
            };
        };
        TypeDicts.AddMethod(t, "is_integer", (self, args, kw) => PyBool.From(Numerics.FloatOps.IsInteger(((PyFloat)self).Value)));
    }

    private static double ParseFloat(string text)
    {
        var s = text.Trim().Replace("_", "").ToLowerInvariant();
        switch (s)
        {
            case "inf" or "+inf" or "infinity" or "+infinity": return double.PositiveInfinity;
            case "-inf" or "-infinity": return double.NegativeInfinity;
            case "nan" or "+nan" or "-nan": return double.NaN;
        }
        if (double.TryParse(s, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var v)) return v;
        throw Errors.ValueError($"could not convert string to float: {TextEscapes.Repr(text)}");
    }

    private static double Divide(double x, double y) =>
        y == 0 ? throw Errors.ZeroDivisionError("float division by zero") : x / y;

    /// <summary>Converts either operand (float or int) to double, or reports NotImplemented.</summary>
    private static bool TryOperands(PyObject a, PyObject b, out double x, out double y)
    {
        x = y = 0;
        if (!TryDouble(a, out x) || !TryDouble(b, out y)) return false;
        return true;
    }

    private static bool TryDouble(PyObject o, out double v)
    {
        switch (o)
        {
            case PyFloat f:
                v = f.Value;
                return true;
            case PyInt i:
                v = i.IsBig ? Numerics.IntOps.ToDouble(i.BigValue) : i.Value;
                return true;
            default:
                v = 0;
                return false;
        }
    }

    private static PyObject Binary(PyObject a, PyObject b, Func<double, double, double> op)
    {
        if (!TryOperands(a, b, out var x, out var y)) return PySingleton.NotImplemented;
        try
        {
            return PyFloat.From(op(x, y));
        }
        catch (Numerics.PyPrimitiveError e)
        {
            throw Errors.New(ExceptionTypeByName(e.PythonTypeName), e.Message);
        }
    }

    /// <summary>Maps an error raised by the numerics library to its exception type.</summary>
    public static PyType ExceptionTypeByName(string name) => name switch
    {
        "ZeroDivisionError" => ExceptionTypes.ZeroDivisionError,
        "OverflowError" => ExceptionTypes.OverflowError,
        "TypeError" => ExceptionTypes.TypeError,
        _ => ExceptionTypes.ValueError,
    };

    private static PyObject Compare(PyObject a, PyObject b, CompareOp op)
    {
        if (a is not PyFloat fa) return PySingleton.NotImplemented;
        if (b is PyInt i) return CompareIntFloat(i.BigValue, fa.Value, Swap(op));
        if (b is not PyFloat fb) return PySingleton.NotImplemented;
        return PyBool.From(Apply(fa.Value, fb.Value, op));
    }

    private static CompareOp Swap(CompareOp op) => op switch
    {
        CompareOp.Lt => CompareOp.Gt,
        CompareOp.Le => CompareOp.Ge,
        CompareOp.Gt => CompareOp.Lt,
        CompareOp.Ge => CompareOp.Le,
        _ => op,
    };

    private static bool Apply(double x, double y, CompareOp op) => op switch
    {
        CompareOp.Lt => x < y,
        CompareOp.Le => x <= y,
        CompareOp.Eq => x == y,
        CompareOp.Ne => x != y,
        CompareOp.Gt => x > y,
        _ => x >= y,
    };

    /// <summary>Compares an int with a float exactly (float_richcompare's careful path).</summary>
    public static PyObject CompareIntFloat(BigInteger i, double f, CompareOp op)
    {
        if (double.IsNaN(f)) return PyBool.From(op == CompareOp.Ne);
        if (double.IsInfinity(f)) return PyBool.From(Apply(0, f, op));
        var fi = Math.Floor(f);
        var c = i.CompareTo(new BigInteger(fi));
        if (c == 0 && fi != f) c = -1;
        return PyBool.From(op switch
        {
            CompareOp.Lt => c < 0,
            CompareOp.Le => c <= 0,
            CompareOp.Eq => c == 0,
            CompareOp.Ne => c != 0,
            CompareOp.Gt => c > 0,
            _ => c >= 0,
        });
    }
}
