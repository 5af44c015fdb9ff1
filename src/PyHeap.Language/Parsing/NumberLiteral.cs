namespace PyHeap.Language.Parsing;

using System.Globalization;
using System.Numerics;
using PyHeap.Language.Syntax;

/// <summary>The value of a NUMBER token (already validated by the tokenizer).</summary>
internal static class NumberLiteral
{
    public static ConstantValue Parse(string text)
    {
        var s = text.Replace("_", "");
        if (s.Length > 1 && s[0] == '0' && char.IsAsciiLetter(s[1]))
        {
            int radix = char.ToLowerInvariant(s[1]) switch { 'x' => 16, 'o' => 8, _ => 2 };
            BigInteger value = BigInteger.Zero;
            for (int i = 2; i < s.Length; i++)
            {
                value = value * radix + Convert.ToInt32(s[i].ToString(), 16);
            }
            return ConstantValue.Int(value);
        }
        if (s.Contains('.') || s.Contains('e') || s.Contains('E'))
        {
            return ConstantValue.Float(double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture));
        }
        return ConstantValue.Int(BigInteger.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture));
    }
}
