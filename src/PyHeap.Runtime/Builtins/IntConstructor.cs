using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Numerics;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>int(x) and int(text, base) (Objects/longobject.c: long_new_impl, PyNumber_Long in abstract.c).</summary>
public static class IntConstructor
{
    private static readonly string[] Names = ["x", "base"];

    public static PyObject New(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!ReferenceEquals(type, Types.Int))
        {
            // long_subtype_new: the exact int first (long_new_impl), then the subclass's copy of its digits.
            var exact = (PyInt)New(Types.Int, args, kwnames);
            try
            {
                return PyInt.NewSubtype(type, exact);
            }
            finally
            {
                RefCounts.DecRef(exact);
            }
        }
        var kwcount = kwnames?.Count ?? 0;
        if (args.Length - kwcount > 2) throw Errors.TypeError($"int() takes at most 2 arguments ({args.Length - kwcount} given)");
        var v = NumberClinic.Bind("int", args, kwnames, Names, 2, 0, positionalOnly: 1);
        var x = v[0];
        var baseArg = v[1];
        if (x is null)
        {
            if (baseArg is not null) throw Errors.TypeError("int() missing string argument");
            return PyInt.Zero;
        }
        if (baseArg is null) return Number(x);
        var b = Abstract.AsIndex(baseArg);
        if (x is not PyStr s) throw Errors.TypeError("int() can't convert non-string with explicit base");
        return Parse(s.Value, b);
    }

    /// <summary>int(text, base): IntParse with the current digit limit.</summary>
    public static PyObject Parse(string text, long @base)
    {
        if (@base != 0 && (@base < 2 || @base > 36)) throw Errors.ValueError("int() base must be >= 2 and <= 36, or 0");
        try
        {
            return PyInt.From(IntParse.Parse(text, (int)@base, IntLimits.MaxStrDigits));
        }
        catch (PyPrimitiveError e)
        {
            throw NumberErrors.From(e);
        }
    }

    /// <summary>Models PyNumber_Long: __int__, then __index__, then __trunc__, then text.</summary>
    public static PyObject Number(PyObject x)
    {
        if (x is PyInt i) return IntArithmetic.Exact(i);
        if (x.Type.Int is { } toInt)
        {
            var r = toInt(x);
            if (r.Type == Types.Int) return r;
            if (r is PyInt ri)
            {
                // A strict subclass of int (DeprecationWarning in CPython, which goes to stderr): use its value.
                var exact = IntArithmetic.Exact(ri);
                RefCounts.DecRef(r);
                return exact;
            }
            RefCounts.DecRef(r);
            throw Errors.TypeError($"__int__ returned non-int (type {r.Type.Name})");
        }
        if (x.Type.Index is not null) return Abstract.Index(x);
        if (Abstract.LookupSpecial(x, "__trunc__") is { } trunc)
        {
            PyObject result;
            try
            {
                result = Interpreter.Current.CallObject(trunc, []);
            }
            finally
            {
                RefCounts.DecRef(trunc);
            }
            if (result is PyInt) return ExactAndRelease(result);
            try
            {
                if (result.Type.Index is null) throw Errors.TypeError($"__trunc__ returned non-Integral (type {result.Type.Name})");
                return Abstract.Index(result);
            }
            finally
            {
                RefCounts.DecRef(result);
            }
        }
        if (x is PyStr s) return Parse(s.Value, 10);
        throw Errors.TypeError($"int() argument must be a string, a bytes-like object or a real number, not '{x.Type.Name}'");
    }

    private static PyObject ExactAndRelease(PyObject r)
    {
        var exact = IntArithmetic.Exact(r);
        RefCounts.DecRef(r);
        return exact;
    }
}
