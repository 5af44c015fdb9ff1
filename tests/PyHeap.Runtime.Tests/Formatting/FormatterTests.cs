using System.Globalization;
using System.Numerics;
using System.Text.Json;
using PyHeap.Runtime.Formatting;
using PyHeap.Runtime.Numerics;
using PyHeap.Runtime.Tests.Numerics;

namespace PyHeap.Runtime.Tests.Formatting;

/// <summary>Replays format.jsonl (Data/gen_format.py): format(value, spec) results and errors from CPython 3.11.</summary>
public class FormatterTests
{
    [Fact]
    public void Format_spec_mini_language_matches_CPython_for_int_float_and_str()
    {
        var failures = new List<string>();
        int count = 0;
        foreach (JsonElement e in TestData.Lines(TestData.Dir(), "format.jsonl"))
        {
            string v = e.GetProperty("v").GetString()!;
            string spec = e.GetProperty("spec").GetString()!;
            string expected = e.GetProperty("r").GetString()!;
            string actual;
            try
            {
                actual = "r:" + (v[0] switch
                {
                    'i' => Formatter.FormatInt(BigInteger.Parse(v[2..], CultureInfo.InvariantCulture), spec),
                    'f' => Formatter.FormatFloat(TestData.Double(v[2..]), spec),
                    _ => Formatter.FormatStr(v[2..], spec),
                });
            }
            catch (PyPrimitiveError ex)
            {
                actual = "e:" + ex.PythonTypeName + ":" + ex.Message;
            }

            count++;
            if (actual != expected)
            {
                failures.Add($"format({v}, '{spec}'): expected [{expected}], got [{actual}]");
            }
        }

        Assert.True(count > 5000);
        Assert.True(failures.Count == 0, failures.Count + " failures\n" + string.Join("\n", failures.Take(40)));
    }
}
