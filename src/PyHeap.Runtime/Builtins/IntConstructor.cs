using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>int(x) and int(text, base) (Objects/longobject.c: long_new_impl).</summary>
public static class IntConstructor
{
    public static PyObject New(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var (pos, kw) = NativeArgs.Split(args, kwnames);
        NativeArgs.CheckKeywords("int", kw, "base");
        if (pos.Length > 2) throw Errors.TypeError($"int() takes at most 2 arguments ({pos.Length} given)");
        var baseArg = pos.Length > 1 ? pos[1] : kw.GetValueOrDefault("base");
        if (pos.Length == 0)
        {
            if (baseArg is not null) throw Errors.TypeError("int() missing string argument");
            return PyInt.Zero;
        }
        var x = pos[0];
        if (baseArg is not null)
        {
            var b = Abstract.AsIndex(baseArg);
            if (x is not PyStr s) throw Errors.TypeError("int() can't convert non-string with explicit base");
            return ParseText(s.Value, (int)b);
        }
        switch (x)
        {
            case PyInt i:
                return PyInt.From(i.BigValue);
            case PyFloat f:
                if (double.IsNaN(f.Value)) throw Errors.ValueError("cannot convert float NaN to integer");
                if (double.IsInfinity(f.Value)) throw Errors.OverflowError("cannot convert float infinity to integer");
                return PyInt.From(Numerics.FloatOps.ToInteger(f.Value));
            case PyStr s:
                return ParseText(s.Value, 10);
        }
        if (x.Type.Int is { } toInt) return toInt(x);
        if (x.Type.Index is { } toIndex) return toIndex(x);
        throw Errors.TypeError($"int() argument must be a string, a bytes-like object or a real number, not '{x.Type.Name}'");
    }

    private static PyObject ParseText(string text, int b)
    {
        if (b != 0 && (b < 2 || b > 36)) throw Errors.ValueError("int() base must be >= 2 and <= 36, or 0");
        var t = text.Trim().Replace("_", "");
        try
        {
            var neg = t.StartsWith('-');
            if (neg || t.StartsWith('+')) t = t[1..];
            var value = System.Numerics.BigInteger.Zero;
            if (t.Length == 0) throw new FormatException();
            foreach (var ch in t)
            {
                var d = char.IsDigit(ch) ? ch - '0' : char.IsLetter(ch) ? char.ToLowerInvariant(ch) - 'a' + 10 : 99;
                if (d >= (b == 0 ? 10 : b)) throw new FormatException();
                value = value * (b == 0 ? 10 : b) + d;
            }
            return PyInt.From(neg ? -value : value);
        }
        catch (FormatException)
        {
            throw Errors.ValueError($"invalid literal for int() with base {b}: {TextEscapes.Repr(text)}");
        }
    }
}
