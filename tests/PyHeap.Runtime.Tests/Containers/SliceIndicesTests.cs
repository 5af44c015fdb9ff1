using System.Runtime.CompilerServices;
using System.Text.Json;
using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Tests.Containers;

/// <summary>PySlice_Unpack + PySlice_AdjustIndices against slice.indices() from CPython 3.11 (Data/gen_slice_indices.py).</summary>
public class SliceIndicesTests
{
    private static string DataFile([CallerFilePath] string callerFile = "") =>
        Path.Combine(Path.GetDirectoryName(callerFile)!, "Data", "slice_indices.jsonl");

    private static PyObject Value(JsonElement e) => e.ValueKind == JsonValueKind.Null ? PyNone.None : PyInt.From(e.GetInt64());

    [Fact]
    public void Indices_match_cpython()
    {
        var interp = new Interpreter();
        using var scope = interp.Enter();
        var checkedCount = 0;
        foreach (var line in File.ReadLines(DataFile()))
        {
            using var doc = JsonDocument.Parse(line);
            var row = doc.RootElement;
            var slice = PySlice.New(Value(row.GetProperty("start")), Value(row.GetProperty("stop")), Value(row.GetProperty("step")));
            var length = row.GetProperty("length").GetInt64();
            var expected = row.GetProperty("result").EnumerateArray().Select(e => e.GetInt64()).ToArray();
            var (start, stop, step, len) = slice.Indices(length);
            Assert.True(expected[0] == start && expected[2] == step && expected[3] == len && (len == 0 || expected[1] == stop),
                $"{line} gave ({start}, {stop}, {step}, {len})");
            RefCounts.DecRef(slice);
            checkedCount++;
        }
        Assert.True(checkedCount > 500);
    }
}
