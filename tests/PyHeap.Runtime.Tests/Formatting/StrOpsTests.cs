using System.Text.Json;
using PyHeap.Runtime.Formatting;
using PyHeap.Runtime.Tests.Numerics;

namespace PyHeap.Runtime.Tests.Formatting;

/// <summary>Replays str.jsonl (Data/gen_str.py): str methods and repr/ascii as CPython 3.11 computes them.</summary>
public class StrOpsTests
{
    private static string S(JsonElement e) => TestData.CodePoints(e);

    private static long? N(JsonElement e) => e.ValueKind == JsonValueKind.Null ? null : e.GetInt64();

    private static object Run(string op, JsonElement[] a) => op switch
    {
        "upper" => StrOps.Upper(S(a[0])),
        "lower" => StrOps.Lower(S(a[0])),
        "casefold" => StrOps.Casefold(S(a[0])),
        "title" => StrOps.Title(S(a[0])),
        "capitalize" => StrOps.Capitalize(S(a[0])),
        "swapcase" => StrOps.SwapCase(S(a[0])),
        "isspace" => StrOps.IsSpace(S(a[0])),
        "isalpha" => StrOps.IsAlpha(S(a[0])),
        "isdecimal" => StrOps.IsDecimal(S(a[0])),
        "isdigit" => StrOps.IsDigit(S(a[0])),
        "isnumeric" => StrOps.IsNumeric(S(a[0])),
        "isalnum" => StrOps.IsAlnum(S(a[0])),
        "isupper" => StrOps.IsUpper(S(a[0])),
        "islower" => StrOps.IsLower(S(a[0])),
        "istitle" => StrOps.IsTitle(S(a[0])),
        "isidentifier" => StrOps.IsIdentifier(S(a[0])),
        "isprintable" => StrOps.IsPrintable(S(a[0])),
        "isascii" => StrOps.IsAscii(S(a[0])),
        "strip" => StrOps.Strip(S(a[0])),
        "lstrip" => StrOps.LStrip(S(a[0])),
        "rstrip" => StrOps.RStrip(S(a[0])),
        "split" => StrOps.Split(S(a[0])),
        "rsplit" => StrOps.RSplit(S(a[0])),
        "splitlines" => StrOps.SplitLines(S(a[0])),
        "splitlines_keep" => StrOps.SplitLines(S(a[0]), keepEnds: true),
        "repr" => StrRepr.Repr(S(a[0])),
        "ascii" => StrRepr.Ascii(S(a[0])),
        "find" => (long)StrOps.Find(S(a[0]), S(a[1]), N(a[2]), N(a[3])),
        "rfind" => (long)StrOps.RFind(S(a[0]), S(a[1]), N(a[2]), N(a[3])),
        "count" => (long)StrOps.Count(S(a[0]), S(a[1]), N(a[2]), N(a[3])),
        "index" => (long)StrOps.Index(S(a[0]), S(a[1]), N(a[2]), N(a[3])),
        "startswith" => StrOps.StartsWith(S(a[0]), S(a[1]), N(a[2]), N(a[3])),
        "endswith" => StrOps.EndsWith(S(a[0]), S(a[1]), N(a[2]), N(a[3])),
        "replace" => StrOps.Replace(S(a[0]), S(a[1]), S(a[2]), a[3].GetInt64()),
        "split_sep" => StrOps.Split(S(a[0]), S(a[1]), a[2].GetInt64()),
        "rsplit_sep" => StrOps.RSplit(S(a[0]), S(a[1]), a[2].GetInt64()),
        "split_ws" => StrOps.Split(S(a[0]), null, a[1].GetInt64()),
        "rsplit_ws" => StrOps.RSplit(S(a[0]), null, a[1].GetInt64()),
        "strip_chars" => StrOps.Strip(S(a[0]), S(a[1])),
        "lstrip_chars" => StrOps.LStrip(S(a[0]), S(a[1])),
        "rstrip_chars" => StrOps.RStrip(S(a[0]), S(a[1])),
        "partition" => Tuple(StrOps.Partition(S(a[0]), S(a[1]))),
        "rpartition" => Tuple(StrOps.RPartition(S(a[0]), S(a[1]))),
        "center" => StrOps.Center(S(a[0]), a[1].GetInt64(), '*'),
        "ljust" => StrOps.LJust(S(a[0]), a[1].GetInt64(), '*'),
        "rjust" => StrOps.RJust(S(a[0]), a[1].GetInt64(), '*'),
        "zfill" => StrOps.ZFill(S(a[0]), a[1].GetInt64()),
        "expandtabs" => StrOps.ExpandTabs(S(a[0]), a[1].GetInt64()),
        "bytes_repr" => StrRepr.BytesRepr(Convert.FromHexString(a[0].GetString()!)),
        _ => throw new InvalidOperationException(op),
    };

    private static List<string> Tuple((string A, string B, string C) t) => [t.A, t.B, t.C];

    private static string Show(JsonElement r) => r.ValueKind switch
    {
        JsonValueKind.String => r.GetString()!,
        JsonValueKind.True => "True",
        JsonValueKind.False => "False",
        JsonValueKind.Number => r.GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture),
        JsonValueKind.Object => "[" + string.Join("|", r.GetProperty("l").EnumerateArray().Select(x => TestData.CodePoints(x))) + "]",
        _ => TestData.CodePoints(r),
    };

    private static string Show(object o) => o switch
    {
        bool b => b ? "True" : "False",
        long l => l.ToString(System.Globalization.CultureInfo.InvariantCulture),
        string s => s,
        List<string> l => "[" + string.Join("|", l) + "]",
        _ => throw new InvalidOperationException(),
    };

    [Fact]
    public void Str_methods_and_reprs_match_CPython()
    {
        var failures = new List<string>();
        int count = 0;
        foreach (JsonElement e in TestData.Lines(TestData.Dir(), "str.jsonl"))
        {
            string op = e.GetProperty("op").GetString()!;
            JsonElement[] args = e.GetProperty("a").EnumerateArray().ToArray();
            string expected = Show(e.GetProperty("r"));
            string actual;
            try
            {
                actual = Show(Run(op, args));
            }
            catch (PyFormatError ex)
            {
                actual = ex.PythonTypeName + ":" + ex.Message;
            }

            count++;
            if (actual != expected)
            {
                failures.Add($"{op}({StrRepr.Ascii(args[0].ValueKind == JsonValueKind.Array ? S(args[0]) : args[0].ToString())}, ...): expected {StrRepr.Ascii(expected)}, got {StrRepr.Ascii(actual)}");
            }
        }

        Assert.True(count > 20000);
        Assert.True(failures.Count == 0, failures.Count + " failures\n" + string.Join("\n", failures.Take(40)));
    }
}
