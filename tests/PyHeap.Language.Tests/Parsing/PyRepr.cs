namespace PyHeap.Language.Tests.Parsing;

using System.Globalization;
using System.Text;
using PyHeap.Language.Syntax;

/// <summary>Python's repr() of the constants a parse can produce (str, bytes, int, float, …).</summary>
public static class PyRepr
{
    public static string Constant(ConstantValue v) => v.Kind switch
    {
        ConstantKind.None => "None",
        ConstantKind.Bool => v.AsBool ? "True" : "False",
        ConstantKind.Ellipsis => "Ellipsis",
        ConstantKind.Int => v.AsInt.ToString(CultureInfo.InvariantCulture),
        ConstantKind.Float => Float(v.AsFloat),
        ConstantKind.Str => Str(v.AsStr),
        ConstantKind.Bytes => Bytes(v.AsBytes),
        _ => v.ToString(),
    };

    public static string Str(string s)
    {
        char quote = s.Contains('\'') && !s.Contains('"') ? '"' : '\'';
        var sb = new StringBuilder().Append(quote);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c == quote || c == '\\') sb.Append('\\').Append(c);
            else if (c == '\n') sb.Append("\\n");
            else if (c == '\r') sb.Append("\\r");
            else if (c == '\t') sb.Append("\\t");
            else if (c < 0x20 || c == 0x7f) sb.Append($"\\x{(int)c:x2}");
            else if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                sb.Append(c).Append(s[++i]);
            }
            else if (c >= 0x80 && !IsPrintable(c)) sb.Append(c <= 0xff ? $"\\x{(int)c:x2}" : $"\\u{(int)c:x4}");
            else sb.Append(c);
        }
        return sb.Append(quote).ToString();
    }

    private static bool IsPrintable(char c) => CharUnicodeInfo.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
            or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            or UnicodeCategory.SpaceSeparator => false,
        _ => true,
    };

    public static string Bytes(byte[] b)
    {
        char quote = b.Contains((byte)'\'') && !b.Contains((byte)'"') ? '"' : '\'';
        var sb = new StringBuilder("b").Append(quote);
        foreach (byte x in b)
        {
            char c = (char)x;
            if (c == quote || c == '\\') sb.Append('\\').Append(c);
            else if (c == '\n') sb.Append("\\n");
            else if (c == '\r') sb.Append("\\r");
            else if (c == '\t') sb.Append("\\t");
            else if (x < 0x20 || x >= 0x7f) sb.Append($"\\x{x:x2}");
            else sb.Append(c);
        }
        return sb.Append(quote).ToString();
    }

    /// <summary>repr(float): the shortest round-tripping digits, laid out by Python's rules.</summary>
    public static string Float(double d)
    {
        if (double.IsNaN(d)) return "nan";
        if (double.IsInfinity(d)) return d > 0 ? "inf" : "-inf";
        if (d == 0) return BitConverter.DoubleToInt64Bits(d) < 0 ? "-0.0" : "0.0";
        var shortest = d.ToString("R", CultureInfo.InvariantCulture);
        // Digits and exponent of the shortest form.
        string mant = shortest, expPart = "0";
        int e = shortest.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            mant = shortest[..e];
            expPart = shortest[(e + 1)..];
        }
        string sign = mant.StartsWith('-') ? "-" : "";
        mant = mant.TrimStart('-');
        int dot = mant.IndexOf('.');
        string intPart = dot < 0 ? mant : mant[..dot];
        string fracPart = dot < 0 ? "" : mant[(dot + 1)..];
        string digits = (intPart + fracPart).TrimStart('0');
        int leadingZeros = (intPart + fracPart).Length - digits.Length;
        int decpt = intPart.Length - leadingZeros + int.Parse(expPart, CultureInfo.InvariantCulture);
        digits = digits.TrimEnd('0');
        if (digits.Length == 0) digits = "0";
        if (decpt <= -4 || decpt > 16)
        {
            var m = digits.Length > 1 ? digits[0] + "." + digits[1..] : digits;
            int x = decpt - 1;
            return $"{sign}{m}e{(x < 0 ? "-" : "+")}{Math.Abs(x):00}";
        }
        if (decpt <= 0) return $"{sign}0.{new string('0', -decpt)}{digits}";
        if (decpt >= digits.Length) return $"{sign}{digits}{new string('0', decpt - digits.Length)}.0";
        return $"{sign}{digits[..decpt]}.{digits[decpt..]}";
    }
}
