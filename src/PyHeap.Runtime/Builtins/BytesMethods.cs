using System.Text;
using PyHeap.Runtime.Formatting;
using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>
/// Methods of bytes (Objects/bytesobject.c, Objects/bytes_methods.c). Searching and splitting reuse the str
/// primitives over a latin-1 view (one char per byte); whitespace and case are ASCII-only, as in CPython.
/// </summary>
public static class BytesMethods
{
    internal static void Install(PyType t)
    {
        TypeDicts.AddMethod(t, "decode", (self, args, kw) =>
        {
            var a = StrArgs.Parse("decode", args, kw, 0, "encoding", "errors");
            var encoding = a[0] is null ? "utf-8" : StrArgs.Str(a[0]!, "decode() argument 'encoding' must be str");
            var errors = a[1] is null ? "strict" : StrArgs.Str(a[1]!, "decode() argument 'errors' must be str");
            return PyStr.From(TextCodecs.Decode(Bytes(self), encoding, errors));
        });
        TypeDicts.AddMethod(t, "hex", Hex);
        TypeDicts.AddClassMethod(t, "fromhex", (self, args, kw) =>
        {
            StrArgs.One(t.Name, "fromhex", args, kw);
            return FromHexResult((PyType)self, FromHex(StrArgs.Str(args[0], "fromhex() argument must be str")));
        });
        TypeDicts.AddMethod(t, "find", (self, args, kw) => PyInt.From(Find("find", self, args, kw, reverse: false, raise: false)));
        TypeDicts.AddMethod(t, "rfind", (self, args, kw) => PyInt.From(Find("rfind", self, args, kw, reverse: true, raise: false)));
        TypeDicts.AddMethod(t, "index", (self, args, kw) => PyInt.From(Find("index", self, args, kw, reverse: false, raise: true)));
        TypeDicts.AddMethod(t, "rindex", (self, args, kw) => PyInt.From(Find("rindex", self, args, kw, reverse: true, raise: true)));
        TypeDicts.AddMethod(t, "count", (self, args, kw) =>
        {
            StrArgs.Varargs(BytesLike.TypeName(self), "count", args, kw, 1, 3);
            var sub = SubArgument(args[0]);
            return PyInt.From(StrOps.Count(Latin1(self), sub, StrArgs.SliceIndex(args, 1), StrArgs.SliceIndex(args, 2)));
        });
        TypeDicts.AddMethod(t, "startswith", (self, args, kw) => TailMatch("startswith", self, args, kw, suffix: false));
        TypeDicts.AddMethod(t, "endswith", (self, args, kw) => TailMatch("endswith", self, args, kw, suffix: true));
        TypeDicts.AddMethod(t, "split", (self, args, kw) => Split("split", self, args, kw, reverse: false));
        TypeDicts.AddMethod(t, "rsplit", (self, args, kw) => Split("rsplit", self, args, kw, reverse: true));
        TypeDicts.AddMethod(t, "join", Join);
        TypeDicts.AddMethod(t, "strip", (self, args, kw) => Strip("strip", self, args, kw, left: true, right: true));
        TypeDicts.AddMethod(t, "lstrip", (self, args, kw) => Strip("lstrip", self, args, kw, left: true, right: false));
        TypeDicts.AddMethod(t, "rstrip", (self, args, kw) => Strip("rstrip", self, args, kw, left: false, right: true));
        TypeDicts.AddMethod(t, "replace", (self, args, kw) =>
        {
            StrArgs.Positional(BytesLike.TypeName(self), "replace", args, kw, 2, 3);
            var old = Buffer(args[0]);
            var @new = Buffer(args[1]);
            var count = args.Length > 2 ? StrArgs.Index(args[2]) : -1;
            return SameOrNew(self, StrOps.Replace(Latin1(self), old, @new, count));
        });
        TypeDicts.AddMethod(t, "partition", (self, args, kw) => Partition("partition", self, args, kw, reverse: false));
        TypeDicts.AddMethod(t, "rpartition", (self, args, kw) => Partition("rpartition", self, args, kw, reverse: true));
        TypeDicts.AddMethod(t, "upper", (self, args, kw) => MapBytes("upper", self, args, kw, b => b is >= (byte)'a' and <= (byte)'z' ? (byte)(b - 32) : b));
        TypeDicts.AddMethod(t, "lower", (self, args, kw) => MapBytes("lower", self, args, kw, b => b is >= (byte)'A' and <= (byte)'Z' ? (byte)(b + 32) : b));
        TypeDicts.AddMethod(t, "swapcase", (self, args, kw) => MapBytes("swapcase", self, args, kw,
            b => b is >= (byte)'a' and <= (byte)'z' ? (byte)(b - 32) : b is >= (byte)'A' and <= (byte)'Z' ? (byte)(b + 32) : b));
        AddPredicate(t, "isdigit", b => b is >= (byte)'0' and <= (byte)'9');
        AddPredicate(t, "isalpha", IsAlpha);
        AddPredicate(t, "isalnum", b => IsAlpha(b) || b is >= (byte)'0' and <= (byte)'9');
        AddPredicate(t, "isspace", IsSpace);
        TypeDicts.AddMethod(t, "isascii", (self, args, kw) =>
        {
            StrArgs.None(BytesLike.TypeName(self), "isascii", args, kw);
            return PyBool.From(Bytes(self).All(b => b < 0x80));
        });
    }

    private static byte[] Bytes(PyObject self) => BytesLike.Get(self);

    private static string Latin1(PyObject self) => Latin1(Bytes(self));

    private static string Latin1(byte[] b) => string.Create(b.Length, b, static (span, src) =>
    {
        for (var i = 0; i < src.Length; i++) span[i] = (char)src[i];
    });

    private static byte[] FromLatin1(string s)
    {
        var result = new byte[s.Length];
        for (var i = 0; i < s.Length; i++) result[i] = (byte)s[i];
        return result;
    }

    private static PyObject NewBytes(PyObject self, string latin1) => BytesLike.New(self, FromLatin1(latin1));

    private static PyObject SameOrNew(PyObject self, string latin1) =>
        latin1.Length == Bytes(self).Length && latin1 == Latin1(self) ? BytesLike.Same(self) : NewBytes(self, latin1);

    private static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0b or 0x0c;

    private static bool IsAlpha(byte b) => b is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z';

    /// <summary>A bytes-like argument ("a bytes-like object is required, not 'str'") as a latin-1 string.</summary>
    private static string Buffer(PyObject o) =>
        Latin1(BytesLike.Buffer(o));

    /// <summary>The sub argument of find/count/index: bytes or an int in range(256) (stringlib parse_args_finds_byte).</summary>
    private static string SubArgument(PyObject o)
    {
        if (BytesLike.TryBuffer(o) is { } b) return Latin1(b);
        if (o is PyInt || o.Type.Index is not null)
        {
            var v = Abstract.AsIndex(o);
            if (v is < 0 or > 255) throw Errors.ValueError("byte must be in range(0, 256)");
            return ((char)v).ToString();
        }
        throw Errors.TypeError($"argument should be integer or bytes-like object, not '{o.Type.Name}'");
    }

    /// <summary>bytes.__contains__ (and find for an int or bytes needle).</summary>
    internal static int IndexOf(byte[] haystack, PyObject item, string what)
    {
        if (item is PyInt || (item.Type.Index is not null && !BytesLike.IsBytesLike(item)))
        {
            var v = Abstract.AsIndex(item);
            if (v is < 0 or > 255) throw Errors.ValueError("byte must be in range(0, 256)");
            return Array.IndexOf(haystack, (byte)v);
        }
        if (BytesLike.TryBuffer(item) is { } b) return haystack.AsSpan().IndexOf(b);
        throw Errors.TypeError($"a bytes-like object is required, not '{item.Type.Name}'");
    }

    private static int Find(string name, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, bool reverse, bool raise)
    {
        StrArgs.Varargs(BytesLike.TypeName(self), name, args, kw, 1, 3);
        var sub = SubArgument(args[0]);
        var s = Latin1(self);
        var start = StrArgs.SliceIndex(args, 1);
        var end = StrArgs.SliceIndex(args, 2);
        var found = reverse ? StrOps.RFind(s, sub, start, end) : StrOps.Find(s, sub, start, end);
        if (found < 0 && raise) throw Errors.ValueError("subsection not found");
        return found;
    }

    private static PyObject TailMatch(string name, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, bool suffix)
    {
        StrArgs.Varargs(BytesLike.TypeName(self), name, args, kw, 1, 3);
        var s = Latin1(self);
        var start = StrArgs.SliceIndex(args, 1);
        var end = StrArgs.SliceIndex(args, 2);
        bool Match(string x) => suffix ? StrOps.EndsWith(s, x, start, end) : StrOps.StartsWith(s, x, start, end);
        if (args[0] is PyTuple tuple)
        {
            foreach (var item in tuple.Items)
                if (Match(Buffer(item))) return PyBool.True;
            return PyBool.False;
        }
        if (BytesLike.TryBuffer(args[0]) is not { } prefix)
            throw Errors.TypeError($"{name} first arg must be bytes or a tuple of bytes, not {args[0].Type.Name}");
        return PyBool.From(Match(Latin1(prefix)));
    }

    /// <summary>Models bytes_split_impl / bytes_rsplit_impl; whitespace is ASCII whitespace only.</summary>
    private static PyObject Split(string name, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, bool reverse)
    {
        var a = StrArgs.Parse(name, args, kw, 0, "sep", "maxsplit");
        var maxsplit = a[1] is null ? -1 : StrArgs.Index(a[1]!);
        var data = Bytes(self);
        List<string> parts;
        if (a[0] is null or PyNone)
        {
            parts = SplitWhitespace(data, maxsplit, reverse);
        }
        else
        {
            var sep = Buffer(a[0]!);
            if (sep.Length == 0) throw Errors.ValueError("empty separator");
            parts = reverse ? StrOps.RSplit(Latin1(data), sep, maxsplit) : StrOps.Split(Latin1(data), sep, maxsplit);
        }
        var list = PyList.New();
        foreach (var p in parts)
            list.AppendSteal(p.Length == data.Length && p.Length > 0 ? BytesLike.Same(self) : NewBytes(self, p));
        return list;
    }

    private static List<string> SplitWhitespace(byte[] data, long maxsplit, bool reverse)
    {
        var max = maxsplit < 0 ? long.MaxValue : maxsplit;
        var s = Latin1(data);
        var result = new List<string>();
        if (!reverse)
        {
            int i = 0, n = data.Length;
            while (max-- > 0)
            {
                while (i < n && IsSpace(data[i])) i++;
                if (i == n) break;
                var j = i;
                while (i < n && !IsSpace(data[i])) i++;
                result.Add(s[j..i]);
            }
            while (i < n && IsSpace(data[i])) i++;
            if (i < n) result.Add(s[i..]);
            return result;
        }
        var k = data.Length - 1;
        while (max-- > 0)
        {
            while (k >= 0 && IsSpace(data[k])) k--;
            if (k < 0) break;
            var j = k;
            while (k >= 0 && !IsSpace(data[k])) k--;
            result.Add(s[(k + 1)..(j + 1)]);
        }
        while (k >= 0 && IsSpace(data[k])) k--;
        if (k >= 0) result.Add(s[..(k + 1)]);
        result.Reverse();
        return result;
    }

    /// <summary>Models bytes_join (stringlib/join.h): a single exact bytes item is returned as is.</summary>
    private static PyObject Join(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        StrArgs.One(BytesLike.TypeName(self), "join", args, kw);
        if (args[0].Type.Iter is null && args[0].Type.GetItem is null) throw Errors.TypeError("can only join an iterable");
        var items = Abstract.ToList(args[0]);
        try
        {
            if (items.Count == 0) return BytesLike.New(self, []);
            if (items.Count == 1 && items[0].Type == Types.Bytes && self is PyBytes) return RefCounts.NewRef(items[0]);
            var sep = Bytes(self);
            var result = new List<byte>();
            for (var i = 0; i < items.Count; i++)
            {
                if (BytesLike.TryBuffer(items[i]) is not { } b)
                    throw Errors.TypeError($"sequence item {i}: expected a bytes-like object, {items[i].Type.Name} found");
                if (i > 0) result.AddRange(sep);
                result.AddRange(b);
            }
            return BytesLike.New(self, result.ToArray());
        }
        finally
        {
            foreach (var o in items) RefCounts.DecRef(o);
        }
    }

    private static PyObject Strip(string name, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, bool left, bool right)
    {
        StrArgs.Positional(BytesLike.TypeName(self), name, args, kw, 0, 1);
        var data = Bytes(self);
        Func<byte, bool> strip = IsSpace;
        if (args.Length > 0 && args[0] is not PyNone)
        {
            var chars = Buffer(args[0]);
            strip = b => chars.Contains((char)b);
        }
        int start = 0, end = data.Length;
        while (left && start < end && strip(data[start])) start++;
        while (right && end > start && strip(data[end - 1])) end--;
        if (start == 0 && end == data.Length) return BytesLike.Same(self);
        return BytesLike.New(self, data[start..end]);
    }

    private static PyObject Partition(string name, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, bool reverse)
    {
        StrArgs.One(BytesLike.TypeName(self), name, args, kw);
        var sep = Buffer(args[0]);
        if (sep.Length == 0) throw Errors.ValueError("empty separator");
        var s = Latin1(self);
        var pos = reverse ? s.LastIndexOf(sep, StringComparison.Ordinal) : s.IndexOf(sep, StringComparison.Ordinal);
        if (pos < 0)
        {
            return reverse
                ? PyTuple.Steal([BytesLike.New(self, []), BytesLike.New(self, []), BytesLike.Same(self)])
                : PyTuple.Steal([BytesLike.Same(self), BytesLike.New(self, []), BytesLike.New(self, [])]);
        }
        // bytearray_partition makes a bytearray of the separator; bytes returns the argument itself.
        var middle = self is PyByteArray ? PyByteArray.From(FromLatin1(sep)) : RefCounts.NewRef(args[0]);
        return PyTuple.Steal([NewBytes(self, s[..pos]), middle, NewBytes(self, s[(pos + sep.Length)..])]);
    }

    private static PyObject MapBytes(string name, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, Func<byte, byte> map)
    {
        StrArgs.None(BytesLike.TypeName(self), name, args, kw);
        return BytesLike.New(self, Bytes(self).Select(map).ToArray());
    }

    private static void AddPredicate(PyType t, string name, Func<byte, bool> test) =>
        TypeDicts.AddMethod(t, name, (self, args, kw) =>
        {
            StrArgs.None(BytesLike.TypeName(self), name, args, kw);
            var b = Bytes(self);
            return PyBool.From(b.Length > 0 && b.All(test));
        });

    /// <summary>Models bytes.hex(sep=None, bytes_per_sep=1) (Python/pystrhex.c).</summary>
    private static PyObject Hex(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var a = StrArgs.Parse("hex", args, kw, 0, "sep", "bytes_per_sep");
        var data = Bytes(self);
        var hex = Convert.ToHexString(data).ToLowerInvariant();
        if (a[0] is null) return PyStr.From(hex);
        string sep = a[0] switch
        {
            PyStr s => s.Value,
            PyBytes or PyByteArray => Latin1(BytesLike.Buffer(a[0]!)),
            _ => throw Errors.TypeError($"object of type '{a[0]!.Type.Name}' has no len()"),
        };
        if (sep.Length != 1) throw Errors.ValueError("sep must be length 1.");
        var per = a[1] is null ? 1 : StrArgs.Index(a[1]!);
        if (per == 0 || data.Length == 0) return PyStr.From(hex);
        var group = (int)Math.Abs(per);
        var sb = new StringBuilder();
        // A positive count groups from the right, a negative one from the left.
        var first = per > 0 ? (data.Length % group == 0 ? group : data.Length % group) : group;
        for (var i = 0; i < data.Length; i++)
        {
            if (i > 0 && (i - first) % group == 0 && i >= first) sb.Append(sep);
            sb.Append(hex, i * 2, 2);
        }
        return PyStr.From(sb.ToString());
    }

    /// <summary>Models bytes.fromhex: pairs of hex digits, whitespace allowed between pairs.</summary>
    private static byte[] FromHex(string s)
    {
        var result = new List<byte>();
        var i = 0;
        while (i < s.Length)
        {
            if (char.IsWhiteSpace(s[i]))
            {
                i++;
                continue;
            }
            var hi = HexValue(s, i);
            var lo = i + 1 < s.Length ? HexValue(s, i + 1) : throw Errors.ValueError($"non-hexadecimal number found in fromhex() arg at position {i + 1}");
            result.Add((byte)(hi * 16 + lo));
            i += 2;
        }
        return result.ToArray();
    }

    /// <summary>bytes.fromhex / bytearray.fromhex: the base type's object, passed to a subclass's constructor.</summary>
    private static PyObject FromHexResult(PyType type, byte[] data)
    {
        var isByteArray = type.IsSubtypeOf(Types.ByteArray);
        PyObject result = isByteArray ? PyByteArray.From(data) : PyBytes.From(data);
        if (type == Types.Bytes || type == Types.ByteArray) return result;
        try
        {
            return Interpreter.Current.CallObject(type, [result], null);
        }
        finally
        {
            RefCounts.DecRef(result);
        }
    }

    private static int HexValue(string s, int i)
    {
        var c = s[i];
        return c switch
        {
            >= '0' and <= '9' => c - '0',
            >= 'a' and <= 'f' => c - 'a' + 10,
            >= 'A' and <= 'F' => c - 'A' + 10,
            _ => throw Errors.ValueError($"non-hexadecimal number found in fromhex() arg at position {i}"),
        };
    }
}
