using System.Numerics;

namespace PyHeap.Runtime.Numerics;

/// <summary>The float parts of the math module (Modules/mathmodule.c) that need no objects.</summary>
public static partial class PyMath
{
    public const double Pi = Math.PI;
    public const double E = Math.E;
    public const double Tau = 2 * Math.PI;
    public const double Inf = double.PositiveInfinity;
    /// <summary>math.nan / float('nan'): the positive quiet NaN (.NET's double.NaN has the sign bit set; copysign sees it).</summary>
    public static readonly double Nan = BitConverter.Int64BitsToDouble(0x7FF8000000000000);

    private const string DomainError = "math domain error";
    private const string RangeError = "math range error";

    public static bool IsNan(double x) => double.IsNaN(x);

    public static bool IsInf(double x) => double.IsInfinity(x);

    public static bool IsFinite(double x) => double.IsFinite(x);

    public static double Fabs(double x) => Math.Abs(x);

    public static double CopySign(double x, double y) => Math.CopySign(x, y);

    /// <summary>math.floor for a float argument.</summary>
    public static BigInteger Floor(double x) => FloatOps.ToInteger(Math.Floor(x));

    /// <summary>math.ceil for a float argument.</summary>
    public static BigInteger Ceil(double x) => FloatOps.ToInteger(Math.Ceiling(x));

    /// <summary>math.trunc for a float argument.</summary>
    public static BigInteger Trunc(double x) => FloatOps.ToInteger(x);

    public static double Sqrt(double x) => Math1(x, Math.Sqrt(x), canOverflow: false);

    public static double Exp(double x) => Math1(x, Math.Exp(x), canOverflow: true);

    public static double Sin(double x) => Math1(x, Math.Sin(x), canOverflow: false);

    public static double Cos(double x) => Math1(x, Math.Cos(x), canOverflow: false);

    public static double Tan(double x) => Math1(x, Math.Tan(x), canOverflow: false);

    public static double Asin(double x) => Math1(x, Math.Asin(x), canOverflow: false);

    public static double Acos(double x) => Math1(x, Math.Acos(x), canOverflow: false);

    public static double Atan(double x) => Math1(x, Math.Atan(x), canOverflow: false);

    public static double Sinh(double x) => Math1(x, Math.Sinh(x), canOverflow: true);

    public static double Cosh(double x) => Math1(x, Math.Cosh(x), canOverflow: true);

    public static double Tanh(double x) => Math1(x, Math.Tanh(x), canOverflow: false);

    /// <summary>atan2 (C99 semantics; CPython's m_atan2 only patches platforms that lack them).</summary>
    public static double Atan2(double y, double x) => Math.Atan2(y, x);

    public static double Degrees(double x) => x * (180.0 / Math.PI);

    public static double Radians(double x) => x * (Math.PI / 180.0);

    /// <summary>
    /// Models math_1: a NaN from a non-NaN input is a domain error; an infinity from a finite input is a range
    /// error when the function can overflow, else a domain error.
    /// </summary>
    private static double Math1(double x, double r, bool canOverflow)
    {
        if (double.IsNaN(r) && !double.IsNaN(x))
        {
            throw PyArithmeticError.Value(DomainError);
        }

        if (double.IsInfinity(r) && double.IsFinite(x))
        {
            throw canOverflow ? PyArithmeticError.Overflow(RangeError) : PyArithmeticError.Value(DomainError);
        }

        return r;
    }

    /// <summary>math.fmod.</summary>
    public static double Fmod(double x, double y)
    {
        if (double.IsInfinity(y) && double.IsFinite(x))
        {
            return x;
        }

        double r = x % y;
        if (double.IsNaN(r) && !double.IsNaN(x) && !double.IsNaN(y))
        {
            throw PyArithmeticError.Value(DomainError);
        }

        return r;
    }

    /// <summary>Models math_pow (math.pow, not the ** operator).</summary>
    public static double Pow(double x, double y)
    {
        if (!double.IsFinite(x) || !double.IsFinite(y))
        {
            if (double.IsNaN(x))
            {
                return y == 0 ? 1.0 : x;
            }

            if (double.IsNaN(y))
            {
                return x == 1.0 ? 1.0 : y;
            }

            if (double.IsInfinity(x))
            {
                bool oddY = double.IsFinite(y) && Math.Abs(y) % 2.0 == 1.0;
                if (y > 0)
                {
                    return oddY ? x : Math.Abs(x);
                }

                if (y == 0)
                {
                    return 1.0;
                }

                return oddY ? Math.CopySign(0.0, x) : 0.0;
            }

            if (Math.Abs(x) == 1.0)
            {
                return 1.0;
            }

            if (y > 0 && Math.Abs(x) > 1.0)
            {
                return y;
            }

            return y < 0 && Math.Abs(x) < 1.0 ? -y : 0.0;
        }

        double r = Math.Pow(x, y);
        if (double.IsNaN(r))
        {
            throw PyArithmeticError.Value(DomainError);
        }

        if (double.IsInfinity(r))
        {
            throw x == 0 ? PyArithmeticError.Value(DomainError) : PyArithmeticError.Overflow(RangeError);
        }

        return r;
    }

    /// <summary>math.isclose(a, b, rel_tol=1e-09, abs_tol=0.0).</summary>
    public static bool IsClose(double a, double b, double relTol = 1e-09, double absTol = 0.0)
    {
        if (relTol < 0.0 || absTol < 0.0)
        {
            throw PyArithmeticError.Value("tolerances must be non-negative");
        }

        if (a == b)
        {
            return true;
        }

        if (double.IsInfinity(a) || double.IsInfinity(b))
        {
            return false;
        }

        double diff = Math.Abs(b - a);
        return diff <= Math.Abs(relTol * b) || diff <= Math.Abs(relTol * a) || diff <= absTol;
    }
}
