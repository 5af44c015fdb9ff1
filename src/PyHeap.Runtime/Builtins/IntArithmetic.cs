using System.Numerics;
using PyHeap.Runtime.Numerics;
using PyHeap.Runtime.Objects;

namespace PyHeap.Runtime.Builtins;

/// <summary>
/// int's number slots (Objects/longobject.c: long_add, long_sub, …). Each tries the <c>long</c> fast path of the
/// numerics library first and falls back to BigInteger only on overflow or for big operands; operands that are
/// not ints give NotImplemented, as CHECK_BINOP does.
/// </summary>
public static class IntArithmetic
{
    /// <summary>Models long_add.</summary>
    public static PyObject Add(PyObject a, PyObject b)
    {
        if (a is not PyInt x || b is not PyInt y) return PySingleton.NotImplemented;
        if (!x.IsBig && !y.IsBig && IntOps.TryAdd(x.Value, y.Value, out var r)) return PyInt.From(r);
        return PyInt.From(x.BigValue + y.BigValue);
    }

    /// <summary>Models long_sub.</summary>
    public static PyObject Subtract(PyObject a, PyObject b)
    {
        if (a is not PyInt x || b is not PyInt y) return PySingleton.NotImplemented;
        if (!x.IsBig && !y.IsBig && IntOps.TrySubtract(x.Value, y.Value, out var r)) return PyInt.From(r);
        return PyInt.From(x.BigValue - y.BigValue);
    }

    /// <summary>Models long_mul.</summary>
    public static PyObject Multiply(PyObject a, PyObject b)
    {
        if (a is not PyInt x || b is not PyInt y) return PySingleton.NotImplemented;
        if (!x.IsBig && !y.IsBig && IntOps.TryMultiply(x.Value, y.Value, out var r)) return PyInt.From(r);
        return PyInt.From(x.BigValue * y.BigValue);
    }

    /// <summary>Models long_div (floor division).</summary>
    public static PyObject FloorDivide(PyObject a, PyObject b)
    {
        if (a is not PyInt x || b is not PyInt y) return PySingleton.NotImplemented;
        try
        {
            if (!x.IsBig && !y.IsBig && IntOps.TryFloorDivide(x.Value, y.Value, out var r)) return PyInt.From(r);
            return PyInt.From(IntOps.FloorDivide(x.BigValue, y.BigValue));
        }
        catch (PyPrimitiveError e)
        {
            throw NumberErrors.From(e);
        }
    }

    /// <summary>Models long_mod (the result has the sign of the divisor).</summary>
    public static PyObject Modulo(PyObject a, PyObject b)
    {
        if (a is not PyInt x || b is not PyInt y) return PySingleton.NotImplemented;
        try
        {
            if (!x.IsBig && !y.IsBig) return PyInt.From(IntOps.Modulo(x.Value, y.Value));
            return PyInt.From(IntOps.Modulo(x.BigValue, y.BigValue));
        }
        catch (PyPrimitiveError e)
        {
            throw NumberErrors.From(e);
        }
    }

    /// <summary>Models long_divmod: a (quotient, remainder) tuple.</summary>
    public static PyObject DivMod(PyObject a, PyObject b)
    {
        if (a is not PyInt x || b is not PyInt y) return PySingleton.NotImplemented;
        PyInt q, r;
        try
        {
            if (!x.IsBig && !y.IsBig && IntOps.TryDivMod(x.Value, y.Value, out var sq, out var sr))
            {
                q = PyInt.From(sq);
                r = PyInt.From(sr);
            }
            else
            {
                var (bq, br) = IntOps.DivMod(x.BigValue, y.BigValue);
                q = PyInt.From(bq);
                r = PyInt.From(br);
            }
        }
        catch (PyPrimitiveError e)
        {
            throw NumberErrors.From(e);
        }
        return PyTuple.Steal([q, r]);
    }

    /// <summary>Models long_true_divide: correctly rounded.</summary>
    public static PyObject TrueDivide(PyObject a, PyObject b)
    {
        if (a is not PyInt x || b is not PyInt y) return PySingleton.NotImplemented;
        try
        {
            if (!x.IsBig && !y.IsBig) return PyFloat.From(IntOps.TrueDivide(x.Value, y.Value));
            return PyFloat.From(IntOps.TrueDivide(x.BigValue, y.BigValue));
        }
        catch (PyPrimitiveError e)
        {
            throw NumberErrors.From(e);
        }
    }

    /// <summary>Models long_pow without a modulus: a negative exponent gives a float (via float_pow).</summary>
    public static PyObject Power(PyObject a, PyObject b)
    {
        if (a is not PyInt x || b is not PyInt y) return PySingleton.NotImplemented;
        try
        {
            if (!y.IsBig && y.Value >= 0)
            {
                if (!x.IsBig && IntOps.TryPower(x.Value, y.Value, out var r)) return PyInt.From(r);
                return PyInt.From(IntOps.Power(x.BigValue, y.Value));
            }
            if (y.BigValue.Sign < 0) return PyFloat.From(IntOps.PowerNegative(x.BigValue, y.BigValue));
            return PyInt.From(IntOps.Power(x.BigValue, y.BigValue));
        }
        catch (PyPrimitiveError e)
        {
            throw NumberErrors.From(e);
        }
    }

    /// <summary>
    /// The ternary pow slot (long_pow with a modulus). A float operand reaches float_pow in CPython's ternary_op,
    /// which rejects any third argument.
    /// </summary>
    public static PyObject PowerModulo(PyObject a, PyObject b, PyObject m)
    {
        if (m is PyNone) return Power(a, b);
        if (a is PyFloat || b is PyFloat || m is PyFloat)
            throw Vm.Errors.TypeError("pow() 3rd argument not allowed unless all arguments are integers");
        if (a is not PyInt x || b is not PyInt y || m is not PyInt z) return PySingleton.NotImplemented;
        try
        {
            return PyInt.From(IntOps.ModPow(x.BigValue, y.BigValue, z.BigValue));
        }
        catch (PyPrimitiveError e)
        {
            throw NumberErrors.From(e);
        }
    }

    /// <summary>Models long_lshift.</summary>
    public static PyObject LeftShift(PyObject a, PyObject b)
    {
        if (a is not PyInt x || b is not PyInt y) return PySingleton.NotImplemented;
        try
        {
            var value = !x.IsBig && !y.IsBig && IntOps.TryLeftShift(x.Value, y.Value, out var r) ? r : IntOps.LeftShift(x.BigValue, y.BigValue);
            if (value.IsZero || y.IsBig) return PyInt.From(value);
            // long_lshift1: _PyLong_New(oldsize + wordshift + (remshift != 0)), then normalized.
            var digits = x.DigitCount + (int)(y.Value / 30) + (y.Value % 30 != 0 ? 1 : 0);
            return PyInt.FromUntrimmed(value, digits);
        }
        catch (PyPrimitiveError e)
        {
            throw NumberErrors.From(e);
        }
    }

    /// <summary>Models long_rshift (floor semantics for negatives).</summary>
    public static PyObject RightShift(PyObject a, PyObject b)
    {
        if (a is not PyInt x || b is not PyInt y) return PySingleton.NotImplemented;
        try
        {
            if (!x.IsBig && !y.IsBig) return PyInt.From(IntOps.RightShift(x.Value, y.Value));
            return PyInt.From(IntOps.RightShift(x.BigValue, y.BigValue));
        }
        catch (PyPrimitiveError e)
        {
            throw NumberErrors.From(e);
        }
    }

    /// <summary>Models long_and.</summary>
    public static PyObject And(PyObject a, PyObject b)
    {
        if (a is not PyInt x || b is not PyInt y) return PySingleton.NotImplemented;
        if (!x.IsBig && !y.IsBig) return PyInt.From(x.Value & y.Value);
        return PyInt.From(x.BigValue & y.BigValue);
    }

    /// <summary>Models long_or.</summary>
    public static PyObject Or(PyObject a, PyObject b)
    {
        if (a is not PyInt x || b is not PyInt y) return PySingleton.NotImplemented;
        if (!x.IsBig && !y.IsBig) return PyInt.From(x.Value | y.Value);
        return PyInt.From(x.BigValue | y.BigValue);
    }

    /// <summary>Models long_xor.</summary>
    public static PyObject Xor(PyObject a, PyObject b)
    {
        if (a is not PyInt x || b is not PyInt y) return PySingleton.NotImplemented;
        if (!x.IsBig && !y.IsBig) return PyInt.From(x.Value ^ y.Value);
        return PyInt.From(x.BigValue ^ y.BigValue);
    }

    /// <summary>Models long_neg.</summary>
    public static PyObject Negative(PyObject a)
    {
        var x = (PyInt)a;
        if (!x.IsBig && IntOps.TryNegate(x.Value, out var r)) return PyInt.From(r);
        return PyInt.From(-x.BigValue);
    }

    /// <summary>Models long_abs.</summary>
    public static PyObject Absolute(PyObject a)
    {
        var x = (PyInt)a;
        if (!x.IsBig)
        {
            if (x.Value >= 0) return Exact(x);
            if (IntOps.TryNegate(x.Value, out var r)) return PyInt.From(r);
        }
        return PyInt.From(BigInteger.Abs(x.BigValue));
    }

    /// <summary>Models long_invert: ~x == -(x+1).</summary>
    public static PyObject Invert(PyObject a)
    {
        var x = (PyInt)a;
        if (!x.IsBig) return PyInt.From(~x.Value);
        return PyInt.From(IntOps.Invert(x.BigValue));
    }

    /// <summary>long_long: the same object for an exact int, a plain int copy for bools and subclasses.</summary>
    public static PyObject Exact(PyObject a)
    {
        var x = (PyInt)a;
        if (ReferenceEquals(x.Type, Types.Int)) return Memory.RefCounts.NewRef<PyObject>(x);
        return x.IsBig ? PyInt.From(x.BigValue) : PyInt.From(x.Value);
    }

    /// <summary>Models long_hash.</summary>
    public static long Hash(PyObject a)
    {
        var x = (PyInt)a;
        return x.IsBig ? PyHash.Int(x.BigValue) : IntType.HashLong(x.Value);
    }

    /// <summary>Models long_richcompare: ints only (a float on either side is float_richcompare's job, reflected).</summary>
    public static PyObject Compare(PyObject a, PyObject b, CompareOp op)
    {
        if (a is not PyInt x || b is not PyInt y) return PySingleton.NotImplemented;
        var c = !x.IsBig && !y.IsBig ? x.Value.CompareTo(y.Value) : x.BigValue.CompareTo(y.BigValue);
        return PyBool.From(Holds(c, op));
    }

    /// <summary>Whether a three-way comparison result satisfies <paramref name="op"/>.</summary>
    public static bool Holds(int c, CompareOp op) => op switch
    {
        CompareOp.Lt => c < 0,
        CompareOp.Le => c <= 0,
        CompareOp.Eq => c == 0,
        CompareOp.Ne => c != 0,
        CompareOp.Gt => c > 0,
        _ => c >= 0,
    };
}
