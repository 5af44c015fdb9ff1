using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Numerics;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>Number builtins: abs, divmod, pow, round, bin/hex/oct, chr, ord.</summary>
public static partial class Functions
{
    private static PyObject Abs(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        NativeArgs.ExactlyOne("abs", args, kw);
        return Abstract.Absolute(args[0]);
    }

    /// <summary>builtin_divmod → PyNumber_Divmod: the nb_divmod slot (int/float natively, else __divmod__/__rdivmod__).</summary>
    private static PyObject DivMod(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        NativeArgs.Range("divmod", args, kw, 2, 2);
        PyObject a = args[0], b = args[1];
        if (a is PyInt or PyFloat && b is PyInt or PyFloat && !a.Type.IsHeapType && !b.Type.IsHeapType)
        {
            if ((a is PyFloat || b is PyFloat) && Abstract.IsTrue(b) == false)
                throw Errors.ZeroDivisionError("float divmod()");
            var q = Abstract.BinaryOp(a, b, 2);
            PyObject r;
            try
            {
                r = Abstract.BinaryOp(a, b, 6);
            }
            catch
            {
                RefCounts.DecRef(q);
                throw;
            }
            return PyTuple.Steal([q, r]);
        }
        if (CallDunder(a, "__divmod__", b) is { } res) return res;
        if (!ReferenceEquals(a.Type, b.Type) && CallDunder(b, "__rdivmod__", a) is { } rres) return rres;
        throw Errors.TypeError($"unsupported operand type(s) for divmod(): '{a.Type.Name}' and '{b.Type.Name}'");
    }

    /// <summary>Calls type(o).name(arg); null when absent or it returned NotImplemented.</summary>
    private static PyObject? CallDunder(PyObject o, string name, PyObject arg)
    {
        var m = Abstract.LookupSpecial(o, name);
        if (m is null) return null;
        PyObject r;
        try
        {
            r = Interpreter.Current.CallObject(m, [arg]);
        }
        finally
        {
            RefCounts.DecRef(m);
        }
        if (!ReferenceEquals(r, PySingleton.NotImplemented)) return r;
        RefCounts.DecRef(r);
        return null;
    }

    private static readonly string[] PowNames = ["base", "exp", "mod"];

    /// <summary>builtin_pow_impl: pow(base, exp, mod=None).</summary>
    private static PyObject Pow(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var a = ClinicArgs.Parse("pow", args, kw, PowNames, 2);
        return Abstract.Power(a[0]!, a[1]!, a[2] ?? PyNone.None);
    }

    private static readonly string[] RoundNames = ["number", "ndigits"];

    /// <summary>builtin_round_impl: calls type(number).__round__([ndigits]).</summary>
    private static PyObject Round(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var a = ClinicArgs.Parse("round", args, kw, RoundNames, 1);
        var number = a[0]!;
        var round = Abstract.LookupSpecial(number, "__round__")
            ?? throw Errors.TypeError($"type {number.Type.Name} doesn't define __round__ method");
        try
        {
            return a[1] is null or PyNone
                ? Interpreter.Current.CallObject(round, [])
                : Interpreter.Current.CallObject(round, [a[1]!]);
        }
        finally
        {
            RefCounts.DecRef(round);
        }
    }

    private static PyObject ToBase(string name, ReadOnlySpan<PyObject> args, PyTuple? kw, Func<System.Numerics.BigInteger, string> format)
    {
        NativeArgs.ExactlyOne(name, args, kw);
        var index = Abstract.Index(args[0]);
        try
        {
            return PyStr.From(format(index.BigValue));
        }
        finally
        {
            RefCounts.DecRef(index);
        }
    }

    private static PyObject Bin(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw) => ToBase("bin", args, kw, IntFormat.Bin);

    private static PyObject Hex(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw) => ToBase("hex", args, kw, IntFormat.Hex);

    private static PyObject Oct(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw) => ToBase("oct", args, kw, IntFormat.Oct);

    /// <summary>builtin_chr_impl.</summary>
    private static PyObject Chr(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        NativeArgs.ExactlyOne("chr", args, kw);
        var index = Abstract.Index(args[0]);
        var big = index.IsBig || index.Value is < int.MinValue or > int.MaxValue;
        var v = index.Value;
        RefCounts.DecRef(index);
        if (big) throw Errors.OverflowError("Python int too large to convert to C int");
        if (v is < 0 or > 0x10FFFF) throw Errors.ValueError("chr() arg not in range(0x110000)");
        var s = v < 0x10000 ? ((char)v).ToString() : char.ConvertFromUtf32((int)v);
        return PyStr.From(s);
    }

    /// <summary>builtin_ord: one code point of a str (bytes of length 1 too).</summary>
    private static PyObject Ord(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        NativeArgs.ExactlyOne("ord", args, kw);
        switch (args[0])
        {
            case PyStr s:
            {
                var n = s.Length;
                if (n != 1) throw Errors.TypeError($"ord() expected a character, but string of length {n} found");
                return PyInt.From(s.Value.Length == 2 ? char.ConvertToUtf32(s.Value, 0) : s.Value[0]);
            }
            case PyBytes or PyByteArray:
            {
                var data = BytesLike.Get(args[0]);
                if (data.Length != 1) throw Errors.TypeError($"ord() expected a character, but string of length {data.Length} found");
                return PyInt.From(data[0]);
            }
            default:
                throw Errors.TypeError($"ord() expected string of length 1, but {args[0].Type.Name} found");
        }
    }
}
