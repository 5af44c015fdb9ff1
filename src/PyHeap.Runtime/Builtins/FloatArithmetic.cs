using System.Runtime.CompilerServices;
using PyHeap.Runtime.Numerics;
using PyHeap.Runtime.Objects;

namespace PyHeap.Runtime.Builtins;

/// <summary>
/// float's number slots (Objects/floatobject.c: float_add …). Each operand is a float or an int converted with
/// PyLong_AsDouble (CONVERT_TO_DOUBLE, "int too large to convert to float"); anything else is NotImplemented.
/// </summary>
public static class FloatArithmetic
{
    private const long ExactLongLimit = 1L << 53;

    /// <summary>PyLong_AsDouble for an int operand, raising OverflowError for huge values.</summary>
    public static double ToDouble(PyInt i)
    {
        if (!i.IsBig) return i.Value;
        try
        {
            return IntOps.ToDouble(i.BigValue);
        }
        catch (PyPrimitiveError e)
        {
            throw NumberErrors.From(e);
        }
    }

    /// <summary>CONVERT_TO_DOUBLE for both operands; false when either is neither float nor int.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Operands(PyObject a, PyObject b, out double x, out double y)
    {
        if (a is PyFloat fa && b is PyFloat fb)
        {
            x = fa.Value;
            y = fb.Value;
            return true;
        }
        return SlowOperands(a, b, out x, out y);
    }

    private static bool SlowOperands(PyObject a, PyObject b, out double x, out double y)
    {
        x = y = 0;
        if (a is not (PyFloat or PyInt) || b is not (PyFloat or PyInt)) return false;
        x = a is PyFloat fa ? fa.Value : ToDouble((PyInt)a);
        y = b is PyFloat fb ? fb.Value : ToDouble((PyInt)b);
        return true;
    }

    public static PyObject Add(PyObject a, PyObject b) =>
        Operands(a, b, out var x, out var y) ? PyFloat.From(x + y) : PySingleton.NotImplemented;

    public static PyObject Subtract(PyObject a, PyObject b) =>
        Operands(a, b, out var x, out var y) ? PyFloat.From(x - y) : PySingleton.NotImplemented;

    public static PyObject Multiply(PyObject a, PyObject b) =>
        Operands(a, b, out var x, out var y) ? PyFloat.From(x * y) : PySingleton.NotImplemented;

    /// <summary>Models float_div.</summary>
    public static PyObject TrueDivide(PyObject a, PyObject b)
    {
        if (!Operands(a, b, out var x, out var y)) return PySingleton.NotImplemented;
        if (y == 0.0) throw Vm.Errors.ZeroDivisionError("float division by zero");
        return PyFloat.From(x / y);
    }

    /// <summary>Models float_floor_div.</summary>
    public static PyObject FloorDivide(PyObject a, PyObject b)
    {
        if (!Operands(a, b, out var x, out var y)) return PySingleton.NotImplemented;
        if (y == 0.0) throw Vm.Errors.ZeroDivisionError("float floor division by zero");
        return PyFloat.From(FloatOps.FloorDivide(x, y));
    }

    /// <summary>Models float_rem.</summary>
    public static PyObject Modulo(PyObject a, PyObject b)
    {
        if (!Operands(a, b, out var x, out var y)) return PySingleton.NotImplemented;
        if (y == 0.0) throw Vm.Errors.ZeroDivisionError("float modulo");
        return PyFloat.From(FloatOps.Modulo(x, y));
    }

    /// <summary>Models float_divmod.</summary>
    public static PyObject DivMod(PyObject a, PyObject b)
    {
        if (!Operands(a, b, out var x, out var y)) return PySingleton.NotImplemented;
        if (y == 0.0) throw Vm.Errors.ZeroDivisionError("float divmod()");
        var (q, r) = FloatOps.DivMod(x, y);
        return PyTuple.Steal([PyFloat.From(q), PyFloat.From(r)]);
    }

    /// <summary>Models float_pow (two arguments).</summary>
    public static PyObject Power(PyObject a, PyObject b)
    {
        if (!Operands(a, b, out var x, out var y)) return PySingleton.NotImplemented;
        try
        {
            return PyFloat.From(FloatOps.Power(x, y));
        }
        catch (PyPrimitiveError e)
        {
            throw NumberErrors.From(e);
        }
    }

    /// <summary>float_pow as the ternary slot: any modulus other than None is a TypeError.</summary>
    public static PyObject PowerModulo(PyObject a, PyObject b, PyObject m)
    {
        if (!Operands(a, b, out _, out _)) return PySingleton.NotImplemented;
        if (m is not PyNone) throw Vm.Errors.TypeError("pow() 3rd argument not allowed unless all arguments are integers");
        return Power(a, b);
    }

    public static PyObject Negative(PyObject a) => PyFloat.From(-((PyFloat)a).Value);

    public static PyObject Absolute(PyObject a) => PyFloat.From(Math.Abs(((PyFloat)a).Value));

    /// <summary>float_float: the same object for an exact float, a plain float copy for a subclass.</summary>
    public static PyObject Exact(PyObject a) =>
        ReferenceEquals(a.Type, Types.Float) ? Memory.RefCounts.NewRef(a) : PyFloat.From(((PyFloat)a).Value);

    /// <summary>Models float_hash: NaN hashes by identity (3.10+).</summary>
    public static long Hash(PyObject a) => PyHash.Float(((PyFloat)a).Value, ObjectMethods.PointerHash(a));

    /// <summary>Models float_richcompare (exact against ints of any size).</summary>
    public static PyObject Compare(PyObject a, PyObject b, CompareOp op)
    {
        if (a is not PyFloat fa) return PySingleton.NotImplemented;
        var x = fa.Value;
        if (b is PyFloat fb)
        {
            var y = fb.Value;
            return PyBool.From(op switch
            {
                CompareOp.Lt => x < y,
                CompareOp.Le => x <= y,
                CompareOp.Eq => x == y,
                CompareOp.Ne => x != y,
                CompareOp.Gt => x > y,
                _ => x >= y,
            });
        }
        if (b is not PyInt i) return PySingleton.NotImplemented;
        if (double.IsNaN(x)) return PyBool.From(op == CompareOp.Ne);
        return PyBool.From(IntArithmetic.Holds(CompareFloatInt(x, i), op));
    }

    /// <summary>Sign of (f - i) computed exactly; <paramref name="f"/> is not NaN.</summary>
    public static int CompareFloatInt(double f, PyInt i)
    {
        if (!i.IsBig && i.Value > -ExactLongLimit && i.Value < ExactLongLimit)
        {
            double d = i.Value; // exact, so the double comparison is exact
            return f < d ? -1 : f > d ? 1 : 0;
        }
        if (double.IsInfinity(f)) return f > 0 ? 1 : -1;
        var floor = Math.Floor(f);
        var c = FloatOps.ToInteger(floor).CompareTo(i.BigValue);
        return c == 0 && floor != f ? 1 : Math.Sign(c);
    }
}
