using System.Numerics;
using PyHeap.Runtime.Builtins;
using PyHeap.Runtime.Numerics;
using PyHeap.Runtime.Objects;

namespace PyHeap.Runtime.Modules;

/// <summary>The integer functions of the math module: gcd, lcm, factorial, comb, perm, isqrt (arguments via __index__).</summary>
public static class MathIntegers
{
    /// <summary>Registers the functions through the module's <paramref name="fn"/> helper.</summary>
    public static void Install(Action<string, NativeFunction> fn)
    {
        fn("gcd", (self, args, kw) =>
        {
            NativeArgs.NoKeywords("gcd", kw);
            var values = Integers(args);
            return MathArgs.Int(() => PyMath.Gcd(values));
        });
        fn("lcm", (self, args, kw) =>
        {
            NativeArgs.NoKeywords("lcm", kw);
            var values = Integers(args);
            return MathArgs.Int(() => PyMath.Lcm(values));
        });
        fn("factorial", (self, args, kw) =>
        {
            NativeArgs.ExactlyOne("math.factorial", args, kw);
            var n = MathArgs.AsInteger(args[0]);
            return MathArgs.Int(() => PyMath.Factorial(n));
        });
        fn("isqrt", (self, args, kw) =>
        {
            NativeArgs.ExactlyOne("math.isqrt", args, kw);
            var n = MathArgs.AsInteger(args[0]);
            return MathArgs.Int(() => PyMath.Isqrt(n));
        });
        fn("comb", (self, args, kw) =>
        {
            NativeArgs.Range("comb", args, kw, 2, 2);
            var n = MathArgs.AsInteger(args[0]);
            var k = MathArgs.AsInteger(args[1]);
            return MathArgs.Int(() => PyMath.Comb(n, k));
        });
        fn("perm", (self, args, kw) =>
        {
            NativeArgs.Range("perm", args, kw, 1, 2);
            var n = MathArgs.AsInteger(args[0]);
            if (args.Length == 1 || args[1] is PyNone) return MathArgs.Int(() => PyMath.Factorial(n)); // math_perm_impl defers to factorial when k is None
            var k = MathArgs.AsInteger(args[1]);
            return MathArgs.Int(() => PyMath.Perm(n, k));
        });
    }

    private static BigInteger[] Integers(ReadOnlySpan<PyObject> args)
    {
        var values = new BigInteger[args.Length];
        for (var i = 0; i < args.Length; i++) values[i] = MathArgs.AsInteger(args[i]);
        return values;
    }
}
