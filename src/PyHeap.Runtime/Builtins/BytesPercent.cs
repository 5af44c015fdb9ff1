using System.Numerics;
using System.Text;
using PyHeap.Runtime.Formatting;
using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>
/// bytes % args (Objects/bytesobject.c: _PyBytes_FormatEx) on top of the str percent formatter: the format and
/// the bytes operands travel as latin-1 text, %b is %s, %s/%b need bytes, %r/%a give ascii(), keys are bytes.
/// </summary>
public static class BytesPercent
{
    public static PyObject Format(PyBytes format, PyObject args) => Format(format.Value, args, byteArray: false);

    /// <summary>_PyBytes_FormatEx: the result is a bytearray for bytearray % args.</summary>
    public static PyObject Format(byte[] format, PyObject args, bool byteArray)
    {
        using var arguments = new Arguments(args);
        try
        {
            var text = PercentFormatter.Format(TranslateB(Latin1(format)), arguments);
            var result = new byte[text.Length];
            for (var i = 0; i < text.Length; i++)
            {
                // Only %c can yield a code point past 255 (everything else is latin-1 or ASCII).
                if (text[i] > 0xFF) throw Errors.OverflowError("%c arg not in range(256)");
                result[i] = (byte)text[i];
            }
            return byteArray ? PyByteArray.From(result) : PyBytes.From(result);
        }
        catch (Numerics.PyPrimitiveError e)
        {
            var message = e.Message
                .Replace("during string formatting", "during bytes formatting", StringComparison.Ordinal)
                .Replace("%c arg not in range(0x110000)", "%c arg not in range(256)", StringComparison.Ordinal)
                .Replace("%c requires int or char", "%c requires an integer in range(256) or a single byte", StringComparison.Ordinal);
            throw StrArgs.FromPrimitive(new PyFormatError(e.PythonTypeName, message));
        }
    }

    private static string Latin1(byte[] b)
    {
        var sb = new StringBuilder(b.Length);
        foreach (var x in b) sb.Append((char)x);
        return sb.ToString();
    }

    /// <summary>Rewrites each %b conversion to %s (the str formatter does not know %b).</summary>
    private static string TranslateB(string f)
    {
        if (!f.Contains('b')) return f;
        var chars = f.ToCharArray();
        var i = 0;
        while (i < chars.Length)
        {
            if (chars[i++] != '%') continue;
            if (i < chars.Length && chars[i] == '(')
            {
                var depth = 1;
                i++;
                while (i < chars.Length && depth > 0)
                {
                    if (chars[i] == '(') depth++;
                    else if (chars[i] == ')') depth--;
                    i++;
                }
            }
            while (i < chars.Length && "-+ #0123456789.*hlL".Contains(chars[i])) i++;
            if (i < chars.Length)
            {
                if (chars[i] == 'b') chars[i] = 's';
                i++;
            }
        }
        return new string(chars);
    }

    private sealed class Arguments(PyObject args) : IPercentArguments, IDisposable
    {
        private readonly List<PyObject> owned = [];

        public bool IsTuple => args is PyTuple;

        public int Count => args is PyTuple t ? t.Count : 1;

        public IFormatArgument this[int index] => new Argument(args is PyTuple t ? t.Items[index] : args);

        public bool IsMapping => args is not PyTuple && args is not PyBytes && args is not PyByteArray && args.Type.GetItem is not null;

        public IFormatArgument GetItem(string key)
        {
            var k = PyBytes.From(key.Select(c => (byte)c).ToArray());
            try
            {
                var value = Abstract.GetItem(args, k);
                owned.Add(value);
                return new Argument(value);
            }
            finally
            {
                RefCounts.DecRef(k);
            }
        }

        public void Dispose()
        {
            foreach (var o in owned) RefCounts.DecRef(o);
            owned.Clear();
        }
    }

    private sealed class Argument(PyObject value) : IFormatArgument
    {
        private readonly PercentArgument inner = new(value);

        public string TypeName => inner.TypeName;

        public bool IsInt => inner.IsInt;

        public bool TryGetInteger(out BigInteger result) => inner.TryGetInteger(out result);

        public bool TryGetFloat(out double result) => inner.TryGetFloat(out result);

        /// <summary>%c accepts a single byte.</summary>
        public bool TryGetString(out string result)
        {
            if (BytesLike.TryBuffer(value) is { Length: 1 } b)
            {
                result = ((char)b[0]).ToString();
                return true;
            }
            if (BytesLike.IsBytesLike(value))
                throw Errors.TypeError("%c requires an integer in range(256) or a single byte");
            result = "";
            return false;
        }

        public string Str() => BytesLike.TryBuffer(value) is { } b
            ? Latin1(b)
            : throw Errors.TypeError($"%b requires a bytes-like object, or an object that implements __bytes__, not '{value.Type.Name}'");

        public string Repr() => inner.Ascii();

        public string Ascii() => inner.Ascii();
    }
}
