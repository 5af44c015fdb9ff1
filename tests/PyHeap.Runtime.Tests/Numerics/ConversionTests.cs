using System.Globalization;
using System.Numerics;
using System.Text.Json;
using PyHeap.Runtime.Numerics;

namespace PyHeap.Runtime.Tests.Numerics;

/// <summary>Replays convert.jsonl (Data/gen_convert.py): int(str, base), float(str), str/hex/oct/bin of ints.</summary>
public class ConversionTests
{
    private static BigInteger FromPythonHex(string s)
    {
        bool negative = s.StartsWith('-');
        string digits = s[(negative ? 3 : 2)..];
        BigInteger v = BigInteger.Parse("0" + digits, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return negative ? -v : v;
    }

    private static string Encode(object r) => r switch
    {
        BigInteger i => "i:" + IntFormat.Hex(i),
        double d when double.IsNaN(d) => "f:" + (BitConverter.DoubleToInt64Bits(d) < 0 ? "-nan" : "nan"),
        double d => "f:" + Convert.ToHexString(BitConverter.GetBytes(d)).ToLowerInvariant(),
        string s => "s:" + s,
        _ => throw new InvalidOperationException(),
    };

    private static object Run(JsonElement e)
    {
        string op = e.GetProperty("op").GetString()!;
        return op switch
        {
            "int" => IntParse.Parse(TestData.CodePoints(e.GetProperty("s")), e.GetProperty("base").GetInt32()),
            "float" => FloatParse.Parse(TestData.CodePoints(e.GetProperty("s"))),
            "str" => IntFormat.ToDecimalString(FromPythonHex(e.GetProperty("i").GetString()!)),
            "hex" => IntFormat.Hex(FromPythonHex(e.GetProperty("i").GetString()!)),
            "oct" => IntFormat.Oct(FromPythonHex(e.GetProperty("i").GetString()!)),
            "bin" => IntFormat.Bin(FromPythonHex(e.GetProperty("i").GetString()!)),
            _ => throw new InvalidOperationException(op),
        };
    }

    [Fact]
    public void Int_and_float_parsing_and_int_printing_match_CPython()
    {
        var failures = new List<string>();
        int count = 0;
        foreach (JsonElement e in TestData.Lines(TestData.Dir(), "convert.jsonl"))
        {
            string expected = e.GetProperty("r").GetString()!;
            string actual;
            try
            {
                actual = Encode(Run(e));
            }
            catch (PyArithmeticError ex)
            {
                actual = "e:" + ex.PythonTypeName + ":" + ex.Message;
            }

            count++;
            if (actual != expected)
            {
                string input = e.ToString();
                failures.Add($"{(input.Length > 150 ? input[..150] : input)}: expected {Cut(expected)}, got {Cut(actual)}");
            }
        }

        Assert.True(count > 2000);
        Assert.True(failures.Count == 0, failures.Count + " failures\n" + string.Join("\n", failures.Take(30)));
    }

    private static string Cut(string s) => s.Length > 150 ? s[..150] + "..." : s;

    [Fact]
    public void Huge_ints_round_trip_through_decimal_when_the_limit_is_lifted()
    {
        // Speed is the benchmarks' business (house rule: no timed assertions in unit tests).
        BigInteger big = BigInteger.Pow(10, 100_000) - 1;
        string text = IntFormat.ToDecimalString(big, maxStrDigits: 0);
        BigInteger back = IntParse.Parse(text, 10, maxStrDigits: 0);
        Assert.Equal(100_000, text.Length);
        Assert.Equal(big, back);
    }
}
