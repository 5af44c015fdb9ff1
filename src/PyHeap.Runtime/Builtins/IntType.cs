using System.Numerics;
using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>int and bool (Objects/longobject.c, boolobject.c): arithmetic with Python's floor semantics, long fast paths.</summary>
public static class IntType
{
    public static void Install()
    {
        var t = Types.Int;
        t.Repr = self => PyStr.From(self is PyBool ? self.ToString()! : ((PyInt)self).ToString());
        t.Hash = self => ((PyInt)self).IsBig ? Numerics.PyHash.Int(((PyInt)self).BigValue) : HashLong(((PyInt)self).Value);
        t.Bool = self => ((PyInt)self).IsBig || ((PyInt)self).Value != 0;
        t.RichCompare = Compare;
        t.Index = self => self.Type == Types.Int ? RefCounts.NewRef(self) : PyInt.From(((PyInt)self).BigValue);
        t.Int = t.Index;
        t.Float = self => PyFloat.From((double)((PyInt)self).BigValue);
        t.Negative = self => Small(self, out var v) && v != long.MinValue ? PyInt.From(-v) : PyInt.From(-((PyInt)self).BigValue);
        t.Positive = self => t.Index!(self);
        t.Absolute = self => Small(self, out var v) && v != long.MinValue ? PyInt.From(Math.Abs(v)) : PyInt.From(BigInteger.Abs(((PyInt)self).BigValue));
        t.Invert = self => Small(self, out var v) ? PyInt.From(~v) : PyInt.From(-((PyInt)self).BigValue - 1);
        t.NumberSlots[0] = (a, b) => Binary(a, b, static (x, y) => checked(x + y), static (x, y) => x + y);
        t.NumberSlots[10] = (a, b) => Binary(a, b, static (x, y) => checked(x - y), static (x, y) => x - y);
        t.NumberSlots[5] = (a, b) => Binary(a, b, static (x, y) => checked(x * y), static (x, y) => x * y);
        t.NumberSlots[2] = (a, b) => Binary(a, b, FloorDiv, FloorDiv);
        t.NumberSlots[6] = (a, b) => Binary(a, b, Mod, Mod);
        t.NumberSlots[1] = (a, b) => Binary(a, b, static (x, y) => x & y, static (x, y) => x & y);
        t.NumberSlots[7] = (a, b) => Binary(a, b, static (x, y) => x | y, static (x, y) => x | y);
        t.NumberSlots[12] = (a, b) => Binary(a, b, static (x, y) => x ^ y, static (x, y) => x ^ y);
        t.NumberSlots[3] = (a, b) => Binary(a, b, LeftShift, LeftShift);
        t.NumberSlots[9] = (a, b) => Binary(a, b, RightShift, RightShift);
        t.NumberSlots[11] = TrueDivide;
        t.NumberSlots[8] = (a, b) => Pow(a, b);
        t.New = (type, args, kw) => IntConstructor.New((PyType)type, args, kw);
        TypeDicts.AddMethod(t, "bit_length", (self, args, kw) =>
        {
            NativeArgs.None("bit_length", args, kw);
            return PyInt.From((long)BigInteger.Abs(((PyInt)self).BigValue).GetBitLength());
        });
        TypeDicts.AddGetSet(t, "real", self => t.Index!(self));
        TypeDicts.AddGetSet(t, "imag", _ => PyInt.Zero);
        TypeDicts.AddGetSet(t, "numerator", self => t.Index!(self));
        TypeDicts.AddGetSet(t, "denominator", _ => PyInt.One);

        var b = Types.Bool;
        b.Repr = self => PyStr.Intern(((PyInt)self).Value != 0 ? "True" : "False");
        b.NumberSlots[1] = (x, y) => x is PyBool bx && y is PyBool by ? PyBool.From((bx.Value & by.Value) != 0) : t.NumberSlots[1]!(x, y);
        b.NumberSlots[7] = (x, y) => x is PyBool bx && y is PyBool by ? PyBool.From((bx.Value | by.Value) != 0) : t.NumberSlots[7]!(x, y);
        b.NumberSlots[12] = (x, y) => x is PyBool bx && y is PyBool by ? PyBool.From((bx.Value ^ by.Value) != 0) : t.NumberSlots[12]!(x, y);
        b.New = (type, args, kw) =>
        {
            NativeArgs.NoKeywords("bool", kw);
            if (args.Length > 1) throw Errors.TypeError($"bool expected at most 1 argument, got {args.Length}");
            return PyBool.From(args.Length == 1 && Abstract.IsTrue(args[0]));
        };
    }

    /// <summary>long_hash for values that fit a long.</summary>
    public static long HashLong(long v)
    {
        if (v == -1) return -2;
        if (v is > -(1L << 61) and < (1L << 61) - 1) return v;
        return Numerics.PyHash.Int(v);
    }

    private static bool Small(PyObject o, out long v)
    {
        var i = (PyInt)o;
        v = i.Value;
        return !i.IsBig;
    }

    private static PyObject Binary(PyObject a, PyObject b, Func<long, long, long> fast, Func<BigInteger, BigInteger, BigInteger> slow)
    {
        if (a is not PyInt x || b is not PyInt y) return PySingleton.NotImplemented;
        if (!x.IsBig && !y.IsBig)
        {
            try
            {
                return PyInt.From(fast(x.Value, y.Value));
            }
            catch (OverflowException)
            {
                // fall through to the big-integer path
            }
        }
        return PyInt.From(slow(x.BigValue, y.BigValue));
    }

    private static long FloorDiv(long x, long y)
    {
        if (y == 0) throw Errors.ZeroDivisionError("integer division or modulo by zero");
        if (x == long.MinValue && y == -1) throw new OverflowException();
        var q = x / y;
        if ((x % y != 0) && ((x < 0) != (y < 0))) q--;
        return q;
    }

    private static BigInteger FloorDiv(BigInteger x, BigInteger y)
    {
        if (y.IsZero) throw Errors.ZeroDivisionError("integer division or modulo by zero");
        var q = BigInteger.DivRem(x, y, out var r);
        if (!r.IsZero && (r.Sign < 0) != (y.Sign < 0)) q -= 1;
        return q;
    }

    private static long Mod(long x, long y)
    {
        if (y == 0) throw Errors.ZeroDivisionError("integer modulo by zero");
        if (y == -1) return 0;
        var r = x % y;
        if (r != 0 && (r < 0) != (y < 0)) r += y;
        return r;
    }

    private static BigInteger Mod(BigInteger x, BigInteger y)
    {
        if (y.IsZero) throw Errors.ZeroDivisionError("integer modulo by zero");
        var r = BigInteger.Remainder(x, y);
        if (!r.IsZero && (r.Sign < 0) != (y.Sign < 0)) r += y;
        return r;
    }

    private static long LeftShift(long x, long y)
    {
        if (y < 0) throw Errors.ValueError("negative shift count");
        if (y >= 63 || (x != 0 && (BitOperations.LeadingZeroCount((ulong)Math.Abs(x)) <= y + 1))) throw new OverflowException();
        return x << (int)y;
    }

    private static BigInteger LeftShift(BigInteger x, BigInteger y)
    {
        if (y.Sign < 0) throw Errors.ValueError("negative shift count");
        if (y > int.MaxValue) throw Errors.OverflowError("too many digits in integer");
        return x << (int)y;
    }

    private static long RightShift(long x, long y)
    {
        if (y < 0) throw Errors.ValueError("negative shift count");
        return y >= 64 ? (x < 0 ? -1 : 0) : x >> (int)y;
    }

    private static BigInteger RightShift(BigInteger x, BigInteger y)
    {
        if (y.Sign < 0) throw Errors.ValueError("negative shift count");
        if (y > int.MaxValue) return x.Sign < 0 ? BigInteger.MinusOne : BigInteger.Zero;
        return x >> (int)y;
    }

    private static PyObject TrueDivide(PyObject a, PyObject b)
    {
        if (a is not PyInt x || b is not PyInt y) return PySingleton.NotImplemented;
        if (!y.IsBig && y.Value == 0) throw Errors.ZeroDivisionError("division by zero");
        if (!x.IsBig && !y.IsBig && Math.Abs(x.Value) < (1L << 53) && Math.Abs(y.Value) < (1L << 53))
            return PyFloat.From((double)x.Value / y.Value);
        return PyFloat.From(Numerics.IntOps.TrueDivide(x.BigValue, y.BigValue));
    }

    private static PyObject Pow(PyObject a, PyObject b)
    {
        if (a is not PyInt x || b is not PyInt y) return PySingleton.NotImplemented;
        if (y.BigValue.Sign < 0)
        {
            if (x.BigValue.IsZero) throw Errors.ZeroDivisionError("0.0 cannot be raised to a negative power");
            return PyFloat.From(Math.Pow((double)x.BigValue, (double)y.BigValue));
        }
        if (y.IsBig) throw Errors.OverflowError("exponent too large");
        return PyInt.From(BigInteger.Pow(x.BigValue, (int)y.Value));
    }

    private static PyObject Compare(PyObject a, PyObject b, CompareOp op)
    {
        if (b is PyFloat f) return FloatType.CompareIntFloat(((PyInt)a).BigValue, f.Value, op);
        if (a is not PyInt x || b is not PyInt y) return PySingleton.NotImplemented;
        var c = !x.IsBig && !y.IsBig ? x.Value.CompareTo(y.Value) : x.BigValue.CompareTo(y.BigValue);
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
