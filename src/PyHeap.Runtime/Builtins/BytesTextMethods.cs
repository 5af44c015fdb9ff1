using PyHeap.Runtime.Formatting;
using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>
/// The text-style methods of bytes (Objects/bytes_methods.c, stringlib/transmogrify.h, bytesobject.c): padding,
/// zfill, title/capitalize and their predicates, expandtabs, splitlines, removeprefix/removesuffix, maketrans and
/// translate. Case and whitespace are ASCII-only; padding reuses the str primitives over a latin-1 view.
/// </summary>
public static class BytesTextMethods
{
    private static readonly string[] ExpandTabsNames = ["tabsize"];
    private static readonly string[] SplitLinesNames = ["keepends"];
    private static readonly string[] TranslateNames = ["table", "delete"];

    internal static void Install(PyType t)
    {
        TypeDicts.AddMethod(t, "center", (self, args, kw) => Pad("center", self, args, kw, StrOps.Center));
        TypeDicts.AddMethod(t, "ljust", (self, args, kw) => Pad("ljust", self, args, kw, StrOps.LJust));
        TypeDicts.AddMethod(t, "rjust", (self, args, kw) => Pad("rjust", self, args, kw, StrOps.RJust));
        TypeDicts.AddMethod(t, "zfill", (self, args, kw) =>
        {
            StrArgs.One(BytesLike.TypeName(self), "zfill", args, kw);
            var width = StrArgs.Index(args[0]);
            return SameIfExact(self, StrOps.ZFill(Latin1(self), width));
        });
        TypeDicts.AddMethod(t, "capitalize", (self, args, kw) =>
        {
            StrArgs.None(BytesLike.TypeName(self), "capitalize", args, kw);
            var b = (byte[])Bytes(self).Clone();
            for (var i = 0; i < b.Length; i++) b[i] = i == 0 ? Upper(b[i]) : Lower(b[i]);
            return BytesLike.New(self, b);
        });
        TypeDicts.AddMethod(t, "title", (self, args, kw) =>
        {
            StrArgs.None(BytesLike.TypeName(self), "title", args, kw);
            var b = (byte[])Bytes(self).Clone();
            var previousCased = false;
            for (var i = 0; i < b.Length; i++)
            {
                b[i] = previousCased ? Lower(b[i]) : Upper(b[i]);
                previousCased = IsLower(b[i]) || IsUpper(b[i]);
            }
            return BytesLike.New(self, b);
        });
        AddCasePredicate(t, "islower", IsLower, IsUpper);
        AddCasePredicate(t, "isupper", IsUpper, IsLower);
        TypeDicts.AddMethod(t, "istitle", (self, args, kw) =>
        {
            StrArgs.None(BytesLike.TypeName(self), "istitle", args, kw);
            return PyBool.From(IsTitle(Bytes(self)));
        });
        TypeDicts.AddMethod(t, "expandtabs", (self, args, kw) =>
        {
            var a = ClinicArgs.Parse("expandtabs", args, kw, ExpandTabsNames, 0);
            var tabSize = a[0] is null ? 8 : StrArgs.Index(a[0]!);
            return BytesLike.New(self, FromLatin1(StrOps.ExpandTabs(Latin1(self), tabSize)));
        });
        TypeDicts.AddMethod(t, "splitlines", (self, args, kw) =>
        {
            var a = ClinicArgs.Parse("splitlines", args, kw, SplitLinesNames, 0);
            return SplitLines(self, Bytes(self), a[0] is { } k && Abstract.IsTrue(k));
        });
        TypeDicts.AddMethod(t, "removeprefix", (self, args, kw) =>
        {
            StrArgs.One(BytesLike.TypeName(self), "removeprefix", args, kw);
            var b = Bytes(self);
            var p = Buffer(args[0]);
            return p.Length > 0 && b.AsSpan().StartsWith(p) ? BytesLike.New(self, b[p.Length..]) : SameOrCopy(self);
        });
        TypeDicts.AddMethod(t, "removesuffix", (self, args, kw) =>
        {
            StrArgs.One(BytesLike.TypeName(self), "removesuffix", args, kw);
            var b = Bytes(self);
            var s = Buffer(args[0]);
            return s.Length > 0 && b.AsSpan().EndsWith(s) ? BytesLike.New(self, b[..^s.Length]) : SameOrCopy(self);
        });
        var maketrans = PyBuiltinFunction.Static("maketrans", (self, args, kw) =>
        {
            StrArgs.Positional("bytes", "maketrans", args, kw, 2, 2);
            var from = Buffer(args[0]);
            var to = Buffer(args[1]);
            if (from.Length != to.Length) throw Errors.ValueError("maketrans arguments must have same length");
            var table = new byte[256];
            for (var i = 0; i < 256; i++) table[i] = (byte)i;
            for (var i = 0; i < from.Length; i++) table[from[i]] = to[i];
            return PyBytes.From(table);
        });
        TypeDicts.AddValue(t, "maketrans", Heap.Static(PyStaticMethod.CreateUnallocated(maketrans)));
        TypeDicts.AddMethod(t, "translate", Translate);
    }

    /// <summary>bytes_translate_impl: table is None or 256 bytes; the same object when nothing changes.</summary>
    private static PyObject Translate(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var a = ClinicArgs.Parse("translate", args, kw, TranslateNames, 1, posOnly: 1);
        byte[]? table = null;
        if (a[0] is not PyNone)
        {
            table = Buffer(a[0]!);
            if (table.Length != 256) throw Errors.ValueError("translation table must be 256 characters long");
        }
        var delete = a[1] is null ? [] : Buffer(a[1]!);
        var b = Bytes(self);
        var result = new List<byte>(b.Length);
        var changed = false;
        foreach (var c in b)
        {
            if (Array.IndexOf(delete, c) >= 0)
            {
                changed = true;
                continue;
            }
            var m = table is null ? c : table[c];
            changed |= m != c;
            result.Add(m);
        }
        return !changed && self.Type == Types.Bytes ? RefCounts.NewRef(self) : BytesLike.New(self, result.ToArray());
    }

    /// <summary>stringlib pad: width (an index), fillchar a byte string of length 1; the same object when nothing is added.</summary>
    private static PyObject Pad(string name, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, Func<string, long, char, string> pad)
    {
        StrArgs.Positional(BytesLike.TypeName(self), name, args, kw, 1, 2);
        var width = StrArgs.Index(args[0]);
        var fill = ' ';
        if (args.Length > 1)
        {
            if (BytesLike.TryBuffer(args[1]) is not { Length: 1 } f)
                throw Errors.TypeError($"{name}() argument 2 must be a byte string of length 1, not {args[1].Type.Name}");
            fill = (char)f[0];
        }
        return SameIfExact(self, pad(Latin1(self), width, fill));
    }

    /// <summary>Py_bytes_splitlines: \n, \r and \r\n only (unlike str).</summary>
    private static PyObject SplitLines(PyObject self, byte[] b, bool keepEnds)
    {
        var list = PyList.New();
        var i = 0;
        while (i < b.Length)
        {
            var start = i;
            while (i < b.Length && b[i] is not ((byte)'\n' or (byte)'\r')) i++;
            var eol = i;
            if (i < b.Length)
            {
                i += b[i] == '\r' && i + 1 < b.Length && b[i + 1] == '\n' ? 2 : 1;
                if (keepEnds) eol = i;
            }
            list.AppendSteal(BytesLike.New(self, b[start..eol]));
        }
        return list;
    }

    private static void AddCasePredicate(PyType t, string name, Func<byte, bool> wanted, Func<byte, bool> unwanted) =>
        TypeDicts.AddMethod(t, name, (self, args, kw) =>
        {
            StrArgs.None(BytesLike.TypeName(self), name, args, kw);
            var b = Bytes(self);
            return PyBool.From(b.Any(wanted) && !b.Any(unwanted));
        });

    /// <summary>_Py_bytes_istitle: uppercase only after uncased, lowercase only after cased, and at least one cased.</summary>
    private static bool IsTitle(byte[] b)
    {
        var cased = false;
        var previousCased = false;
        foreach (var c in b)
        {
            if (IsUpper(c))
            {
                if (previousCased) return false;
                previousCased = cased = true;
            }
            else if (IsLower(c))
            {
                if (!previousCased) return false;
                previousCased = cased = true;
            }
            else previousCased = false;
        }
        return cased;
    }

    private static bool IsLower(byte b) => b is >= (byte)'a' and <= (byte)'z';
    private static bool IsUpper(byte b) => b is >= (byte)'A' and <= (byte)'Z';
    private static byte Upper(byte b) => IsLower(b) ? (byte)(b - 32) : b;
    private static byte Lower(byte b) => IsUpper(b) ? (byte)(b + 32) : b;

    private static byte[] Bytes(PyObject self) => BytesLike.Get(self);

    private static byte[] Buffer(PyObject o) => BytesLike.Buffer(o);

    private static string Latin1(PyObject self) => string.Create(Bytes(self).Length, Bytes(self), static (span, src) =>
    {
        for (var i = 0; i < src.Length; i++) span[i] = (char)src[i];
    });

    private static byte[] FromLatin1(string s)
    {
        var result = new byte[s.Length];
        for (var i = 0; i < s.Length; i++) result[i] = (byte)s[i];
        return result;
    }

    /// <summary>The same object for an exact bytes whose text did not change, else a new bytes.</summary>
    private static PyObject SameIfExact(PyObject self, string latin1) =>
        self.Type == Types.Bytes && latin1.Length == Bytes(self).Length ? RefCounts.NewRef(self) : BytesLike.New(self, FromLatin1(latin1));

    /// <summary>removeprefix/removesuffix with nothing removed: the object itself if exact, else a copy.</summary>
    private static PyObject SameOrCopy(PyObject self) =>
        self.Type == Types.Bytes ? RefCounts.NewRef(self) : BytesLike.New(self, Bytes(self));
}
