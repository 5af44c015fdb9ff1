using System.Numerics;
using System.Text.Json;
using PyHeap.Runtime.Numerics;

namespace PyHeap.Runtime.Tests.Numerics;

public class PyHashTests
{
    [Fact]
    public void Hashes_match_CPython_3_11_with_PYTHONHASHSEED_0()
    {
        int checkedCount = 0;
        var failures = new List<string>();
        foreach (JsonElement e in TestData.Lines(TestData.Dir(), "hash.jsonl"))
        {
            string kind = e.GetProperty("k").GetString()!;
            long expected = e.GetProperty("h").GetInt64();
            long actual;
            string what;
            switch (kind)
            {
                case "int":
                    what = e.GetProperty("v").GetString()!;
                    BigInteger big = BigInteger.Parse(what);
                    actual = PyHash.Int(big);
                    if (big >= long.MinValue && big <= long.MaxValue && PyHash.Int((long)big) != expected)
                    {
                        failures.Add("long " + what);
                    }

                    break;
                case "float":
                    what = e.GetProperty("v").GetString()!;
                    actual = PyHash.Float(TestData.Double(what), nanHash: 0);
                    break;
                case "str":
                    string s = TestData.CodePoints(e.GetProperty("cp"));
                    what = "str of length " + s.Length;
                    actual = PyHash.Str(s);
                    break;
                case "bytes":
                    what = e.GetProperty("v").GetString()!;
                    actual = PyHash.Bytes(Convert.FromHexString(what));
                    break;
                case "tuple":
                case "frozenset":
                    long[] items = e.GetProperty("items").EnumerateArray().Select(x => x.GetInt64()).ToArray();
                    what = kind + " " + string.Join(",", items);
                    actual = kind == "tuple" ? PyHash.Tuple(items) : PyHash.FrozenSet(items);
                    break;
                case "bool":
                    what = e.GetProperty("v").GetString()!;
                    actual = PyHash.Bool(what == "True");
                    break;
                default:
                    throw new InvalidOperationException(kind);
            }

            checkedCount++;
            if (actual != expected)
            {
                failures.Add($"{kind} {what}: expected {expected}, got {actual}");
            }
        }

        Assert.True(checkedCount > 3000);
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(30)));
    }

    [Fact]
    public void Nan_hash_uses_the_callers_identity_hash()
    {
        Assert.Equal(PyHash.Pointer(0x7f00_1234_5670), PyHash.Float(double.NaN, PyHash.Pointer(0x7f00_1234_5670)));
    }

    [Fact]
    public void Pointer_hash_rotates_right_by_four_bits()
    {
        Assert.Equal(0x7f00_1234_567L, PyHash.Pointer(0x7f00_1234_5670));
        Assert.Equal(unchecked((long)0x1000_0000_0000_0000UL), PyHash.Pointer(1));
    }
}
