using System.Text.Json;
using PyHeap.Runtime.Formatting;
using PyHeap.Runtime.Numerics;
using PyHeap.Runtime.Tests.Numerics;

namespace PyHeap.Runtime.Tests.Formatting;

/// <summary>Replays percent.jsonl (Data/gen_percent.py): printf-style formatting results and errors.</summary>
public class PercentFormatterTests
{
    [Fact]
    public void Percent_formatting_matches_CPython_including_error_messages()
    {
        var failures = new List<string>();
        int count = 0;
        foreach (JsonElement e in TestData.Lines(TestData.Dir(), "percent.jsonl"))
        {
            string format = e.GetProperty("f").GetString()!;
            string expected = e.GetProperty("r").GetString()!;
            string actual;
            try
            {
                actual = "r:" + PercentFormatter.Format(format, new TestPercentArguments(e.GetProperty("a")));
            }
            catch (PyPrimitiveError ex)
            {
                actual = "e:" + ex.PythonTypeName + ":" + ex.Message;
            }

            count++;
            if (actual != expected)
            {
                failures.Add($"'{format}' % {e.GetProperty("a")}: expected [{expected}], got [{actual}]");
            }
        }

        Assert.True(count > 4000);
        Assert.True(failures.Count == 0, failures.Count + " failures\n" + string.Join("\n", failures.Take(40)));
    }
}
