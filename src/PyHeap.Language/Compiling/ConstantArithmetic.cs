using System.Numerics;
using PyHeap.Language.Syntax;

namespace PyHeap.Language.Compiling;

/// <summary>
/// Python semantics of the operations the AST optimizer folds, with ast_opt.c's safety limits
/// (safe_multiply / safe_power / safe_lshift / safe_mod). null = "would raise or exceed a limit: don't fold".
/// </summary>
internal static class ConstantArithmetic
{
    private const int MaxIntSize = 128;
    private const int MaxCollectionSize = 256;
    private const int MaxStrSize = 4096;
    private const int MaxTotalItems = 1024;

    private static bool IsInt(ConstantValue v) => v.Kind is ConstantKind.Int or ConstantKind.Bool;
    private static BigInteger AsInt(ConstantValue v) => v.Kind == ConstantKind.Bool ? (v.AsBool ? 1 : 0) : v.AsInt;
    private static bool IsNumber(ConstantValue v) => IsInt(v) || v.Kind == ConstantKind.Float;

    private static double? AsDouble(ConstantValue v)
    {
        if (v.Kind == ConstantKind.Float) return v.AsFloat;
        var d = (double)AsInt(v);
        return double.IsInfinity(d) ? null : d;
    }

    private static long NumBits(BigInteger x) => x.IsZero ? 0 : (long)BigInteger.Abs(x).GetBitLength();

    public static bool IsTrue(ConstantValue v) => v.Kind switch
    {
        ConstantKind.None => false,
        ConstantKind.Bool => v.AsBool,
        ConstantKind.Int => !v.AsInt.IsZero,
        ConstantKind.Float => v.AsFloat != 0.0,
        ConstantKind.Str => v.AsStr.Length > 0,
        ConstantKind.Bytes => v.AsBytes.Length > 0,
        ConstantKind.Tuple or ConstantKind.FrozenSet => v.AsTuple.Count > 0,
        _ => true,
    };

    /// <summary>Python's == between constants (numbers compare across int/float/bool).</summary>
    public static bool PyEquals(ConstantValue a, ConstantValue b)
    {
        if (IsNumber(a) && IsNumber(b))
        {
            if (IsInt(a) && IsInt(b)) return AsInt(a) == AsInt(b);
            var x = a.Kind == ConstantKind.Float ? a.AsFloat : (double)AsInt(a);
            var y = b.Kind == ConstantKind.Float ? b.AsFloat : (double)AsInt(b);
            return x == y;
        }
        if (a.Kind != b.Kind) return false;
        return a.Kind switch
        {
            ConstantKind.Tuple => a.AsTuple.Count == b.AsTuple.Count && a.AsTuple.Zip(b.AsTuple).All(p => PyEquals(p.First, p.Second)),
            _ => a.Equals(b),
        };
    }

    /// <summary>Models fold_unaryop on a constant operand.</summary>
    public static ConstantValue? Unary(UnaryOperator op, ConstantValue v)
    {
        switch (op)
        {
            case UnaryOperator.Not: return ConstantValue.Bool(!IsTrue(v));
            case UnaryOperator.USub:
                if (IsInt(v)) return ConstantValue.Int(-AsInt(v));
                if (v.Kind == ConstantKind.Float) return ConstantValue.Float(-v.AsFloat);
                return null;
            case UnaryOperator.UAdd:
                if (IsInt(v)) return ConstantValue.Int(AsInt(v));
                if (v.Kind == ConstantKind.Float) return v;
                return null;
            default:
                return IsInt(v) ? ConstantValue.Int(-AsInt(v) - 1) : null;
        }
    }

    /// <summary>Models fold_binop.</summary>
    public static ConstantValue? Binary(BinaryOperator op, ConstantValue l, ConstantValue r)
    {
        try
        {
            return op switch
            {
                BinaryOperator.Add => Add(l, r),
                BinaryOperator.Sub => Numeric(l, r, (a, b) => a - b, (a, b) => a - b),
                BinaryOperator.Mult => Multiply(l, r),
                BinaryOperator.Div => TrueDivide(l, r),
                BinaryOperator.FloorDiv => FloorDivide(l, r),
                BinaryOperator.Mod => Modulo(l, r),
                BinaryOperator.Pow => Power(l, r),
                BinaryOperator.LShift => LShift(l, r),
                BinaryOperator.RShift => IsInt(l) && IsInt(r) && AsInt(r) >= 0
                    ? ConstantValue.Int(AsInt(r) > 100000 ? (AsInt(l).Sign < 0 ? -1 : 0) : AsInt(l) >> (int)AsInt(r)) : null,
                BinaryOperator.BitAnd => Bitwise(l, r, (a, b) => a & b),
                BinaryOperator.BitOr => Bitwise(l, r, (a, b) => a | b),
                BinaryOperator.BitXor => Bitwise(l, r, (a, b) => a ^ b),
                _ => null,
            };
        }
        catch (ArithmeticException)
        {
            return null;
        }
    }

    private static ConstantValue? Numeric(ConstantValue l, ConstantValue r, Func<BigInteger, BigInteger, BigInteger> intOp, Func<double, double, double> floatOp)
    {
        if (IsInt(l) && IsInt(r)) return ConstantValue.Int(intOp(AsInt(l), AsInt(r)));
        if (IsNumber(l) && IsNumber(r) && AsDouble(l) is { } a && AsDouble(r) is { } b) return ConstantValue.Float(floatOp(a, b));
        return null;
    }

    private static ConstantValue? Bitwise(ConstantValue l, ConstantValue r, Func<BigInteger, BigInteger, BigInteger> op)
    {
        if (!IsInt(l) || !IsInt(r)) return null;
        var result = op(AsInt(l), AsInt(r));
        // bool & bool stays a bool.
        return l.Kind == ConstantKind.Bool && r.Kind == ConstantKind.Bool ? ConstantValue.Bool(!result.IsZero) : ConstantValue.Int(result);
    }

    private static ConstantValue? Add(ConstantValue l, ConstantValue r)
    {
        if (l.Kind == ConstantKind.Str && r.Kind == ConstantKind.Str) return ConstantValue.Str(l.AsStr + r.AsStr);
        if (l.Kind == ConstantKind.Bytes && r.Kind == ConstantKind.Bytes) return ConstantValue.Bytes(l.AsBytes.Concat(r.AsBytes).ToArray());
        if (l.Kind == ConstantKind.Tuple && r.Kind == ConstantKind.Tuple) return ConstantValue.Tuple(l.AsTuple.Concat(r.AsTuple).ToArray());
        return Numeric(l, r, (a, b) => a + b, (a, b) => a + b);
    }

    private static int TotalItems(ConstantValue v) =>
        v.Kind is ConstantKind.Tuple or ConstantKind.FrozenSet ? v.AsTuple.Count + v.AsTuple.Sum(TotalItems) : 0;

    /// <summary>Models safe_multiply.</summary>
    private static ConstantValue? Multiply(ConstantValue l, ConstantValue r)
    {
        if (IsInt(l) && IsInt(r))
        {
            var a = AsInt(l);
            var b = AsInt(r);
            if (!a.IsZero && !b.IsZero && NumBits(a) + NumBits(b) > MaxIntSize) return null;
            return ConstantValue.Int(a * b);
        }
        if (IsInt(r) && !IsInt(l) && l.Kind != ConstantKind.Float) return Multiply(r, l);
        if (IsInt(l) && r.Kind is ConstantKind.Tuple or ConstantKind.Str or ConstantKind.Bytes)
        {
            var n = AsInt(l);
            var size = r.Kind switch { ConstantKind.Tuple => r.AsTuple.Count, ConstantKind.Str => r.AsStr.Length, _ => r.AsBytes.Length };
            var count = n < 0 ? 0 : (int)BigInteger.Min(n, int.MaxValue);
            if (size > 0)
            {
                if (r.Kind == ConstantKind.Tuple)
                {
                    if (n < 0 || n > MaxCollectionSize / size) return null;
                    if (n > 0 && TotalItems(r) > MaxTotalItems / (int)n) return null;
                }
                else if (n < 0 || n > MaxStrSize / size)
                {
                    return null;
                }
            }
            return r.Kind switch
            {
                ConstantKind.Tuple => ConstantValue.Tuple(Enumerable.Repeat(r.AsTuple, count).SelectMany(x => x).ToArray()),
                ConstantKind.Str => ConstantValue.Str(string.Concat(Enumerable.Repeat(r.AsStr, count))),
                _ => ConstantValue.Bytes(Enumerable.Repeat(r.AsBytes, count).SelectMany(x => x).ToArray()),
            };
        }
        return Numeric(l, r, (a, b) => a * b, (a, b) => a * b);
    }

    private static ConstantValue? TrueDivide(ConstantValue l, ConstantValue r)
    {
        if (!IsNumber(l) || !IsNumber(r)) return null;
        if (IsInt(l) && IsInt(r))
        {
            var a = AsInt(l);
            var b = AsInt(r);
            if (b.IsZero) return null;
            // Exact only while both operands are exactly representable.
            if (BigInteger.Abs(a) > (BigInteger.One << 53) || BigInteger.Abs(b) > (BigInteger.One << 53)) return null;
            return ConstantValue.Float((double)a / (double)b);
        }
        if (AsDouble(l) is not { } x || AsDouble(r) is not { } y || y == 0.0) return null;
        return ConstantValue.Float(x / y);
    }

    /// <summary>float_divmod from Objects/floatobject.c.</summary>
    private static (double Div, double Mod)? FloatDivMod(double vx, double wx)
    {
        if (wx == 0.0) return null;
        var mod = vx % wx;
        var div = (vx - mod) / wx;
        if (mod != 0.0)
        {
            if ((wx < 0) != (mod < 0))
            {
                mod += wx;
                div -= 1.0;
            }
        }
        else
        {
            mod = Math.CopySign(0.0, wx);
        }
        double floordiv;
        if (div != 0.0)
        {
            floordiv = Math.Floor(div);
            if (div - floordiv > 0.5) floordiv += 1.0;
        }
        else
        {
            floordiv = Math.CopySign(0.0, vx / wx);
        }
        return (floordiv, mod);
    }

    private static (BigInteger Div, BigInteger Mod)? IntDivMod(BigInteger a, BigInteger b)
    {
        if (b.IsZero) return null;
        var q = BigInteger.DivRem(a, b, out var rem);
        if (!rem.IsZero && (rem.Sign < 0) != (b.Sign < 0))
        {
            q -= 1;
            rem += b;
        }
        return (q, rem);
    }

    private static ConstantValue? FloorDivide(ConstantValue l, ConstantValue r)
    {
        if (IsInt(l) && IsInt(r)) return IntDivMod(AsInt(l), AsInt(r)) is { } d ? ConstantValue.Int(d.Div) : null;
        if (!IsNumber(l) || !IsNumber(r) || AsDouble(l) is not { } x || AsDouble(r) is not { } y) return null;
        return FloatDivMod(x, y) is { } f ? ConstantValue.Float(f.Div) : null;
    }

    /// <summary>Models safe_mod: str % and bytes % are never folded.</summary>
    private static ConstantValue? Modulo(ConstantValue l, ConstantValue r)
    {
        if (IsInt(l) && IsInt(r)) return IntDivMod(AsInt(l), AsInt(r)) is { } d ? ConstantValue.Int(d.Mod) : null;
        if (!IsNumber(l) || !IsNumber(r) || AsDouble(l) is not { } x || AsDouble(r) is not { } y) return null;
        return FloatDivMod(x, y) is { } f ? ConstantValue.Float(f.Mod) : null;
    }

    /// <summary>Models safe_power.</summary>
    private static ConstantValue? Power(ConstantValue l, ConstantValue r)
    {
        if (!IsNumber(l) || !IsNumber(r)) return null;
        if (IsInt(l) && IsInt(r))
        {
            var a = AsInt(l);
            var b = AsInt(r);
            if (b.Sign >= 0)
            {
                if (!a.IsZero && b.Sign > 0 && NumBits(a) > MaxIntSize / (long)BigInteger.Min(b, long.MaxValue)) return null;
                return ConstantValue.Int(BigInteger.Pow(a, (int)b));
            }
            if (a.IsZero) return null;
        }
        if (AsDouble(l) is not { } x || AsDouble(r) is not { } y) return null;
        if (x == 0.0 && y < 0) return null;
        if (x < 0 && y != Math.Floor(y)) return null;
        var result = Math.Pow(x, y);
        if (double.IsInfinity(result) && !double.IsInfinity(x) && !double.IsInfinity(y)) return null;
        if (double.IsNaN(result)) return null;
        return ConstantValue.Float(result);
    }

    /// <summary>Models safe_lshift.</summary>
    private static ConstantValue? LShift(ConstantValue l, ConstantValue r)
    {
        if (!IsInt(l) || !IsInt(r)) return null;
        var a = AsInt(l);
        var b = AsInt(r);
        if (b.Sign < 0) return null;
        if (!a.IsZero && !b.IsZero && (b > MaxIntSize || NumBits(a) > MaxIntSize - (long)b)) return null;
        return ConstantValue.Int(a << (int)BigInteger.Min(b, int.MaxValue));
    }
}
