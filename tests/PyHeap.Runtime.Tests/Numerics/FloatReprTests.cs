using System.Text.Json;
using PyHeap.Runtime.Numerics;

namespace PyHeap.Runtime.Tests.Numerics;

public class FloatReprTests
{
    [Fact]
    public void Repr_matches_CPython_for_thousands_of_doubles()
    {
        var failures = new List<string>();
        int count = 0;
        foreach (JsonElement e in TestData.Lines(TestData.Dir(), "float_repr.jsonl"))
        {
            double v = TestData.Double(e.GetProperty("v").GetString()!);
            string expected = e.GetProperty("repr").GetString()!;
            string actual = FloatRepr.Repr(v);
            count++;
            if (actual != expected)
            {
                failures.Add($"repr: expected {expected}, got {actual}");
            }
        }

        Assert.True(count > 3000);
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(30)));
    }

    [Fact]
    public void Percent_style_e_f_g_formats_are_correctly_rounded_half_even()
    {
        var failures = new List<string>();
        foreach (JsonElement e in TestData.Lines(TestData.Dir(), "float_repr.jsonl"))
        {
            double v = TestData.Double(e.GetProperty("v").GetString()!);
            foreach (JsonElement f in e.GetProperty("fmt").EnumerateArray())
            {
                char code = f[0].GetString()![0];
                int precision = f[1].GetInt32();
                var flags = (FloatFormatFlags)f[2].GetInt32();
                string expected = f[3].GetString()!;
                string actual = FloatRepr.Format(v, code, precision, flags);
                if (actual != expected)
                {
                    failures.Add($"{FloatRepr.Repr(v)} {code} {precision} {flags}: expected {expected}, got {actual}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(30)));
    }
}
