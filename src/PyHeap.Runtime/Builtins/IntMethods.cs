using System.Numerics;
using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Numerics;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>int's named methods and attributes (Objects/longobject.c: long_methods, long_getset).</summary>
public static class IntMethods
{
    private static readonly string[] ToBytesNames = ["length", "byteorder", "signed"];
    private static readonly string[] FromBytesNames = ["bytes", "byteorder", "signed"];

    public static void Install(PyType t)
    {
        TypeDicts.AddMethod(t, "bit_length", (self, args, kw) =>
        {
            NativeArgs.None("int.bit_length", args, kw);
            var x = (PyInt)self;
            return PyInt.From(x.IsBig ? IntOps.BitLength(x.BigValue) : IntOps.BitLength(x.Value));
        });
        TypeDicts.AddMethod(t, "bit_count", (self, args, kw) =>
        {
            NativeArgs.None("int.bit_count", args, kw);
            var x = (PyInt)self;
            return PyInt.From(x.IsBig ? IntOps.BitCount(x.BigValue) : (long)BitOperations.PopCount(x.Value < 0 ? (ulong)(-(x.Value + 1)) + 1 : (ulong)x.Value));
        });
        TypeDicts.AddMethod(t, "conjugate", (self, args, kw) => { NativeArgs.None("int.conjugate", args, kw); return IntArithmetic.Exact(self); });
        TypeDicts.AddMethod(t, "as_integer_ratio", (self, args, kw) =>
        {
            NativeArgs.None("int.as_integer_ratio", args, kw);
            return PyTuple.Steal([IntArithmetic.Exact(self), PyInt.One]);
        });
        TypeDicts.AddMethod(t, "__trunc__", (self, args, kw) => { NativeArgs.None("int.__trunc__", args, kw); return IntArithmetic.Exact(self); });
        TypeDicts.AddMethod(t, "__floor__", (self, args, kw) => { NativeArgs.None("int.__floor__", args, kw); return IntArithmetic.Exact(self); });
        TypeDicts.AddMethod(t, "__ceil__", (self, args, kw) => { NativeArgs.None("int.__ceil__", args, kw); return IntArithmetic.Exact(self); });
        TypeDicts.AddMethod(t, "__round__", (self, args, kw) =>
        {
            NativeArgs.NoKeywords("int.__round__", kw);
            NativeArgs.Range("__round__", args, kw, 0, 1);
            return Round((PyInt)self, args.Length == 1 ? args[0] : PyNone.None);
        });
        TypeDicts.AddMethod(t, "__getnewargs__", (self, args, kw) =>
        {
            NativeArgs.None("int.__getnewargs__", args, kw);
            return PyTuple.Steal([IntArithmetic.Exact(self)]);
        });
        TypeDicts.AddMethod(t, "to_bytes", ToBytes);
        TypeDicts.AddClassMethod(t, "from_bytes", FromBytes);
        TypeDicts.AddGetSet(t, "real", IntArithmetic.Exact);
        TypeDicts.AddGetSet(t, "imag", _ => PyInt.Zero);
        TypeDicts.AddGetSet(t, "numerator", IntArithmetic.Exact);
        TypeDicts.AddGetSet(t, "denominator", _ => PyInt.One);
    }

    /// <summary>Models long_round: ndigits &lt; 0 rounds half-to-even to a multiple of 10**-ndigits (_PyLong_DivmodNear).</summary>
    public static PyObject Round(PyInt self, PyObject ndigitsArg)
    {
        if (ndigitsArg is PyNone) return IntArithmetic.Exact(self);
        var nd = Abstract.Index(ndigitsArg);
        BigInteger ndigits;
        try
        {
            ndigits = nd.BigValue;
        }
        finally
        {
            RefCounts.DecRef(nd);
        }
        if (ndigits.Sign >= 0) return IntArithmetic.Exact(self);
        var x = self.BigValue;
        var k = -ndigits;
        // 10**k > 2*|x| rounds to zero; checking the digit count avoids building a huge power.
        if (k > BigInteger.Abs(x).ToString().Length + 1) return PyInt.Zero;
        var pow10 = BigInteger.Pow(10, (int)k);
        var (q, r) = IntOps.DivMod(x, pow10);
        var twice = r * 2;
        if (twice > pow10 || (twice == pow10 && !q.IsEven)) q += 1;
        return PyInt.From(q * pow10);
    }

    /// <summary>int.to_bytes(length=1, byteorder='big', *, signed=False) (3.11 defaults).</summary>
    private static PyObject ToBytes(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var v = NumberClinic.Bind("to_bytes", args, kw, ToBytesNames, 2, 0);
        var length = v[0] is null ? 1 : Abstract.AsIndex(v[0]!);
        var bigEndian = ByteOrder("to_bytes", v[1]);
        var signed = v[2] is not null && Abstract.IsTrue(v[2]!);
        if (length < 0) throw Errors.ValueError("length argument must be non-negative");
        var x = ((PyInt)self).BigValue;
        if (!signed && x.Sign < 0) throw Errors.OverflowError("can't convert negative int to unsigned");
        long needed = x.IsZero ? 0 : signed ? ((long)(x.Sign < 0 ? -x - 1 : x).GetBitLength() + 8) / 8 : ((long)x.GetBitLength() + 7) / 8;
        if (needed > length) throw Errors.OverflowError("int too big to convert");
        var result = new byte[length];
        if (x.Sign < 0) Array.Fill(result, (byte)0xFF);
        var minimal = x.IsZero ? Array.Empty<byte>() : x.ToByteArray(isUnsigned: !signed, isBigEndian: false);
        for (var i = 0; i < minimal.Length && i < length; i++) result[i] = minimal[i];
        if (bigEndian) Array.Reverse(result);
        return PyBytes.From(result);
    }

    /// <summary>int.from_bytes(bytes, byteorder='big', *, signed=False); a subclass gets cls(value).</summary>
    private static PyObject FromBytes(PyObject cls, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var v = NumberClinic.Bind("from_bytes", args, kw, FromBytesNames, 2, 1);
        var bigEndian = ByteOrder("from_bytes", v[1]);
        var signed = v[2] is not null && Abstract.IsTrue(v[2]!);
        var data = BytesOf(v[0]!);
        var value = PyInt.From(new BigInteger(data, isUnsigned: !signed, isBigEndian: bigEndian));
        if (ReferenceEquals(cls, Types.Int)) return value;
        try
        {
            return Interpreter.Current.CallObject(cls, [value]);
        }
        finally
        {
            RefCounts.DecRef(value);
        }
    }

    private static byte[] BytesOf(PyObject o)
    {
        if (o is PyBytes b) return b.Value;
        if (o is PyStr) throw Errors.TypeError("cannot convert 'str' object to bytes");
        var items = Abstract.ToList(o);
        try
        {
            var result = new byte[items.Count];
            for (var i = 0; i < items.Count; i++)
            {
                var n = Abstract.AsIndex(items[i]);
                if (n is < 0 or > 255) throw Errors.ValueError("bytes must be in range(0, 256)");
                result[i] = (byte)n;
            }
            return result;
        }
        finally
        {
            foreach (var item in items) RefCounts.DecRef(item);
        }
    }

    private static bool ByteOrder(string fn, PyObject? arg)
    {
        if (arg is null) return true;
        if (arg is not PyStr s) throw Errors.TypeError($"{fn}() argument 'byteorder' must be str, not {arg.Type.Name}");
        return s.Value switch
        {
            "big" => true,
            "little" => false,
            _ => throw Errors.ValueError("byteorder must be either 'little' or 'big'"),
        };
    }
}
