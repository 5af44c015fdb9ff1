using System.Text;
using PyHeap.Runtime.Diagnostics;
using PyHeap.Visuals.Rendering;

namespace PyHeap.Visuals.Refs;

/// <summary>
/// The refcount explanation (<c>%refs EXPR</c> / <c>pyheap.refs(x)</c>): the object's count as a bar split into
/// one segment per holder — global names, locals, container slots, attributes, cells, the value stack — whose
/// lengths sum to the count, with the holders listed beside it.
/// </summary>
public static class RefsView
{
    private const double Width = 640;

    public static ViewBundle Render(RefsSnapshot s)
    {
        var header = $"{s.Expression}: {s.TypeName} at 0x{s.Address:x} ({s.Repr})";
        if (s.Immortal)
        {
            var note = $"{header}\nimmortal: a static object of the interpreter; PyHeap reports its refcount as {s.RefCount} (CPython's real count depends on the whole interpreter).";
            return new ViewBundle(note, $"<pre>{Svg.Escape(note)}</pre>");
        }
        var rows = s.Holders.Select(h => (IReadOnlyList<string>)[h.Holder, Kind(h.Kind), h.Count.ToString()]).ToList();
        var sum = s.Holders.Sum(h => h.Count);
        var plain = new StringBuilder($"{header}\nrefcount {s.RefCount} = {string.Join(" + ", s.Holders.Select(h => h.Count.ToString()))}\n");
        plain.Append(HtmlTable.Text(["holder", "kind", "refs"], rows, [false, false, true]));
        var svg = Picture(s, sum);
        var html = $"<div>{svg}{HtmlTable.Render(["holder", "kind", "refs"], rows, [false, false, true])}</div>";
        return new ViewBundle(plain.ToString().TrimEnd('\n'), html, svg);
    }

    private static string Picture(RefsSnapshot s, long sum)
    {
        var legendRows = s.Holders.Count;
        var height = 78 + 18 * legendRows;
        var svg = new Svg(Width, height);
        svg.Text(10, 18, $"{s.Expression} — {s.TypeName} at 0x{s.Address:x}", 13, weight: "bold");
        svg.Text(10, 36, $"refcount {s.RefCount}: one segment per reference", 12, fill: Palette.DarkGrey);
        var barWidth = Width - 20;
        var x = 10.0;
        for (var i = 0; i < s.Holders.Count; i++)
        {
            var h = s.Holders[i];
            var w = sum == 0 ? 0 : barWidth * h.Count / sum;
            svg.Rect(x, 44, w, 20, ColourOf(h.Kind, i), "#ffffff", $"{h.Holder}: {h.Count}");
            if (w > 18) svg.Text(x + w / 2, 58, h.Count.ToString(), 11, "middle", "#ffffff", "bold");
            x += w;
        }
        for (var i = 0; i < s.Holders.Count; i++)
        {
            var h = s.Holders[i];
            var y = 84 + 18 * i;
            svg.Rect(10, y - 10, 12, 12, ColourOf(h.Kind, i));
            svg.Text(28, y, $"{h.Holder}  ×{h.Count}  ({Kind(h.Kind)})", 12);
        }
        return svg.ToString();
    }

    private static string ColourOf(ReferrerKind kind, int i) => kind switch
    {
        ReferrerKind.Global => Palette.Blue,
        ReferrerKind.Local => Palette.Green,
        ReferrerKind.ValueStack => Palette.Orange,
        ReferrerKind.Container => i % 2 == 0 ? Palette.Purple : Palette.SkyBlue,
        ReferrerKind.Attribute => Palette.Vermillion,
        ReferrerKind.Cell => Palette.Yellow,
        ReferrerKind.Unexplained => Palette.Black,
        _ => Palette.DarkGrey,
    };

    public static string Kind(ReferrerKind kind) => kind switch
    {
        ReferrerKind.Global => "global name",
        ReferrerKind.Local => "local variable",
        ReferrerKind.ValueStack => "value stack",
        ReferrerKind.Container => "container",
        ReferrerKind.Attribute => "attribute",
        ReferrerKind.Cell => "closure cell",
        ReferrerKind.Internal => "object internals",
        ReferrerKind.Interpreter => "interpreter",
        _ => "unexplained",
    };
}
