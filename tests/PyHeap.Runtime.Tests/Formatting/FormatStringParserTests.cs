using System.Globalization;
using System.Text;
using System.Text.Json;
using PyHeap.Runtime.Formatting;
using PyHeap.Runtime.Numerics;
using PyHeap.Runtime.Tests.Numerics;

namespace PyHeap.Runtime.Tests.Formatting;

/// <summary>
/// Replays format_string.jsonl (Data/gen_format_string.py): templates are parsed here and rendered with the same
/// tracing scheme the generator's Python objects use, so field numbering, accessors, conversions and nested specs
/// must all match CPython.
/// </summary>
public class FormatStringParserTests
{
    private static string Render(IReadOnlyList<FormatPiece> pieces)
    {
        var sb = new StringBuilder();
        foreach (FormatPiece p in pieces)
        {
            if (p.IsLiteral)
            {
                sb.Append(p.Literal);
                continue;
            }

            string path = p.Name is null ? "p" + p.Index.ToString(CultureInfo.InvariantCulture) : "k:" + p.Name;
            foreach (FieldAccessor a in p.Accessors)
            {
                path += a.IsAttribute ? "." + a.StringKey
                    : a.IsIntKey ? "[" + a.IntKey.ToString(CultureInfo.InvariantCulture) + "]"
                    : "[" + StrRepr.Repr(a.StringKey!) + "]";
            }

            string spec = Render(p.Spec);
            sb.Append(p.Conversion switch
            {
                '\0' => "<" + path + "|" + spec + ">",
                's' => Formatter.FormatStr("S(" + path + ")", spec),
                _ => Formatter.FormatStr("R(" + path + ")", spec),
            });
        }

        return sb.ToString();
    }

    [Fact]
    public void Str_format_templates_parse_like_CPython()
    {
        var failures = new List<string>();
        int count = 0;
        foreach (JsonElement e in TestData.Lines(TestData.Dir(), "format_string.jsonl"))
        {
            string template = e.GetProperty("t").GetString()!;
            string expected = e.GetProperty("r").GetString()!;
            string actual;
            try
            {
                actual = "r:" + Render(FormatStringParser.Parse(template));
            }
            catch (PyPrimitiveError ex)
            {
                actual = "e:" + ex.Message;
            }

            count++;
            if (actual != expected)
            {
                failures.Add($"{StrRepr.Repr(template)}: expected [{expected}], got [{actual}]");
            }
        }

        Assert.True(count > 1000);
        Assert.True(failures.Count == 0, failures.Count + " failures\n" + string.Join("\n", failures.Take(40)));
    }
}
