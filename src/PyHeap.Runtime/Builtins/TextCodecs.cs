using System.Globalization;
using System.Text;
using PyHeap.Language.Unicode;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>
/// The utf-8, ascii and latin-1 codecs with the strict/ignore/replace/backslashreplace/namereplace/xmlcharrefreplace/
/// surrogateescape handlers (Objects/unicodeobject.c, Objects/stringlib/codecs.h, Python/codecs.c), raising
/// UnicodeEncodeError/UnicodeDecodeError with CPython 3.11's messages.
/// </summary>
public static class TextCodecs
{
    private static readonly string[] Handlers = ["strict", "ignore", "replace", "backslashreplace", "namereplace", "xmlcharrefreplace", "surrogateescape", "surrogatepass"];

    /// <summary>Models encodings.normalize_encoding + the alias table for the codecs we have: "utf-8", "ascii", "latin-1".</summary>
    public static string Normalize(string encoding)
    {
        var n = encoding.ToLowerInvariant().Replace('-', '_').Replace(' ', '_');
        return n switch
        {
            "utf_8" or "utf8" or "u8" or "utf" or "cp65001" or "utf8_ucs2" or "utf8_ucs4" => "utf-8",
            "ascii" or "us_ascii" or "646" or "us" or "ansi_x3.4_1968" or "ansi_x3_4_1968" or "iso646_us" or "cp367" or "csascii" or "ibm367" or "iso_ir_6" => "ascii",
            "latin_1" or "latin1" or "latin" or "l1" or "iso_8859_1" or "iso8859_1" or "8859" or "cp819" or "iso_ir_100" or "iso_8859_1:1987" or "csisolatin1" or "ibm819" => "latin-1",
            _ => throw Errors.New(ExceptionTypes.LookupError, $"unknown encoding: {encoding}"),
        };
    }

    private static void CheckHandler(string errors)
    {
        if (Array.IndexOf(Handlers, errors) < 0) throw Errors.New(ExceptionTypes.LookupError, $"unknown error handler name '{errors}'");
    }

    public static byte[] Encode(string text, string encoding, string errors)
    {
        var codec = Normalize(encoding);
        var limit = codec switch { "ascii" => 0x80, "latin-1" => 0x100, _ => 0x110000 };
        var cps = CodePointText.ToCodePoints(text);
        var output = new List<byte>(cps.Length);
        for (var i = 0; i < cps.Length; i++)
        {
            var cp = cps[i];
            var bad = codec == "utf-8" ? cp is >= 0xD800 and <= 0xDFFF : cp >= limit;
            if (!bad)
            {
                AppendEncoded(output, codec, cp);
                continue;
            }
            // The error range is the run of unencodable characters (as the C encoders compute it).
            var end = i + 1;
            while (end < cps.Length && (codec == "utf-8" ? cps[end] is >= 0xD800 and <= 0xDFFF : cps[end] >= limit)) end++;
            var reason = codec == "utf-8" ? "surrogates not allowed" : $"ordinal not in range({limit})";
            switch (errors)
            {
                case "ignore":
                    break;
                case "replace":
                    for (var k = i; k < end; k++) output.Add((byte)'?');
                    break;
                case "backslashreplace":
                    for (var k = i; k < end; k++) foreach (var ch in Escape(cps[k])) output.Add((byte)ch);
                    break;
                case "xmlcharrefreplace":
                    for (var k = i; k < end; k++) foreach (var ch in $"&#{cps[k]};") output.Add((byte)ch);
                    break;
                case "namereplace":
                    // PyCodec_NameReplaceErrors: \N{name} (aliases too), else the backslash escape.
                    for (var k = i; k < end; k++)
                    {
                        var name = UnicodeNames.GetName(cps[k], aliasesAndSequences: true);
                        foreach (var ch in name is null ? Escape(cps[k]) : $"\\N{{{name}}}") output.Add((byte)ch);
                    }
                    break;
                case "surrogateescape" when cps.Skip(i).Take(end - i).All(c => c is >= 0xDC80 and <= 0xDCFF):
                    for (var k = i; k < end; k++) output.Add((byte)(cps[k] - 0xDC00));
                    break;
                case "surrogatepass" when codec == "utf-8":
                    for (var k = i; k < end; k++) AppendEncoded(output, "utf-8", cps[k]);
                    break;
                default:
                    CheckHandler(errors);
                    var what = end - i == 1 ? $"character '{Escape(cps[i])}' in position {i}" : $"characters in position {i}-{end - 1}";
                    throw UnicodeError("UnicodeEncodeError", $"'{codec}' codec can't encode {what}: {reason}");
            }
            i = end - 1;
        }
        return output.ToArray();
    }

    private static void AppendEncoded(List<byte> output, string codec, int cp)
    {
        if (codec != "utf-8" || cp < 0x80)
        {
            output.Add((byte)cp);
        }
        else if (cp < 0x800)
        {
            output.Add((byte)(0xC0 | (cp >> 6)));
            output.Add((byte)(0x80 | (cp & 0x3F)));
        }
        else if (cp < 0x10000)
        {
            output.Add((byte)(0xE0 | (cp >> 12)));
            output.Add((byte)(0x80 | ((cp >> 6) & 0x3F)));
            output.Add((byte)(0x80 | (cp & 0x3F)));
        }
        else
        {
            output.Add((byte)(0xF0 | (cp >> 18)));
            output.Add((byte)(0x80 | ((cp >> 12) & 0x3F)));
            output.Add((byte)(0x80 | ((cp >> 6) & 0x3F)));
            output.Add((byte)(0x80 | (cp & 0x3F)));
        }
    }

    public static string Decode(byte[] data, string encoding, string errors)
    {
        var codec = Normalize(encoding);
        var sb = new StringBuilder(data.Length);
        var i = 0;
        while (i < data.Length)
        {
            var b = data[i];
            if (b < 0x80 || codec == "latin-1")
            {
                sb.Append((char)b);
                i++;
                continue;
            }
            int length;
            string reason;
            if (codec == "ascii")
            {
                length = 1;
                reason = "ordinal not in range(128)";
            }
            else if (TryDecodeUtf8(data, i, out var cp, out length, out reason))
            {
                CodePointText.Append(sb, cp);
                i += length;
                continue;
            }
            switch (errors)
            {
                case "ignore":
                    break;
                case "replace":
                    sb.Append('\uFFFD');
                    break;
                case "backslashreplace":
                    for (var k = i; k < i + length; k++) sb.Append("\\x").Append(data[k].ToString("x2", CultureInfo.InvariantCulture));
                    break;
                case "surrogateescape":
                    for (var k = i; k < i + length; k++) sb.Append((char)(0xDC00 + data[k]));
                    break;
                case "xmlcharrefreplace" or "namereplace":
                    // Encode-only handlers (Python/codecs.c: wrong_exception_type).
                    throw Errors.TypeError("don't know how to handle UnicodeDecodeError in error callback");
                default:
                    CheckHandler(errors);
                    var what = length == 1
                        ? $"byte 0x{data[i]:x2} in position {i}"
                        : $"bytes in position {i}-{i + length - 1}";
                    throw UnicodeError("UnicodeDecodeError", $"'{codec}' codec can't decode {what}: {reason}");
            }
            i += length;
        }
        return sb.ToString();
    }

    /// <summary>
    /// One UTF-8 sequence at <paramref name="i"/> (Objects/stringlib/codecs.h: utf8_decode). On failure,
    /// <paramref name="length"/> is the number of bytes in the error range, as CPython reports it.
    /// </summary>
    private static bool TryDecodeUtf8(byte[] data, int i, out int cp, out int length, out string reason)
    {
        var b = data[i];
        cp = 0;
        reason = "";
        int need;
        if (b is >= 0xC2 and <= 0xDF) need = 1;
        else if (b is >= 0xE0 and <= 0xEF) need = 2;
        else if (b is >= 0xF0 and <= 0xF4) need = 3;
        else
        {
            length = 1;
            reason = "invalid start byte";
            return false;
        }
        cp = b & (0x3F >> need);
        for (var k = 1; k <= need; k++)
        {
            if (i + k >= data.Length)
            {
                length = k;
                reason = "unexpected end of data";
                return false;
            }
            var c = data[i + k];
            var ok = (c & 0xC0) == 0x80;
            if (k == 1 && ok)
            {
                // Overlong forms, surrogates and values past U+10FFFF fail on the second byte.
                ok = b switch
                {
                    0xE0 => c >= 0xA0,
                    0xED => c < 0xA0,
                    0xF0 => c >= 0x90,
                    0xF4 => c < 0x90,
                    _ => true,
                };
            }
            if (!ok)
            {
                length = k;
                reason = "invalid continuation byte";
                return false;
            }
            cp = (cp << 6) | (c & 0x3F);
        }
        length = need + 1;
        return true;
    }

    /// <summary>\xNN, \uNNNN or \UNNNNNNNN (backslashreplace and the error messages).</summary>
    public static string Escape(int cp) => cp <= 0xFF
        ? "\\x" + cp.ToString("x2", CultureInfo.InvariantCulture)
        : cp <= 0xFFFF ? "\\u" + cp.ToString("x4", CultureInfo.InvariantCulture)
        : "\\U" + cp.ToString("x8", CultureInfo.InvariantCulture);

    /// <summary>UnicodeEncodeError/UnicodeDecodeError when the runtime defines them, else their base UnicodeError.</summary>
    private static PyException UnicodeError(string typeName, string message)
    {
        var type = ExceptionTypes.All.FirstOrDefault(t => t.Name == typeName) ?? ExceptionTypes.UnicodeError;
        return Errors.New(type, message);
    }
}
