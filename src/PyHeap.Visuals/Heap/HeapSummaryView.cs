using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using PyHeap.Visuals.Rendering;

namespace PyHeap.Visuals.Heap;

/// <summary>
/// The heap summary (<c>%heap</c> / <c>pyheap.heap()</c>): live objects by type, biggest first — one bar per type
/// whose length is the bytes of its objects, split by where the cyclic GC keeps them (generation 0, 1, 2, frozen,
/// or not tracked) — and the table of counts, bytes and tracking.
/// </summary>
public static class HeapSummaryView
{
    private const double Width = 760;
    private const double BarLeft = 170;
    private const double BarWidth = 400;

    private static readonly string[] SlotNames = ["generation 0", "generation 1", "generation 2", "permanent (frozen)", "not GC-tracked"];
    private static readonly string[] SlotColours = [Palette.Blue, Palette.SkyBlue, Palette.Green, Palette.Purple, Palette.MidGrey];

    public static ViewBundle Render(HeapSummarySnapshot s)
    {
        string[] header = ["type", "objects", "bytes", "% bytes", "GC-tracked", "gen 0", "gen 1", "gen 2", "frozen"];
        bool[] right = [false, true, true, true, true, true, true, true, true];
        var rows = s.Rows.Append(s.Total).Select(r => (IReadOnlyList<string>)[r.TypeName, Num(r.Count), Num(r.Bytes),
            s.Total.Bytes == 0 ? "" : (100.0 * r.Bytes / s.Total.Bytes).ToString("0.0", CultureInfo.InvariantCulture),
            Num(r.Tracked), Num(r.Generations[0]), Num(r.Generations[1]), Num(r.Generations[2]), Num(r.Generations[3])]).ToList();
        var summary = $"heap: {Num(s.Total.Count)} live objects of {s.TypeCount} types, {Num(s.Total.Bytes)} bytes in their own blocks; "
            + $"{Num(s.Total.Tracked)} tracked by the cyclic GC";
        var plain = new StringBuilder(summary).Append('\n').Append(HtmlTable.Text(header, rows, right));
        var svg = Picture(s, summary);
        var html = $"<div>{svg}{HtmlTable.Render(header, rows, right)}</div>";
        return new ViewBundle(plain.ToString().TrimEnd('\n'), html, svg, Chart(s));
    }

    private static string Picture(HeapSummarySnapshot s, string summary)
    {
        const double rowHeight = 22;
        var top = 74.0;
        var svg = new Svg(Width, top + rowHeight * s.Rows.Count + 42);
        svg.Text(10, 18, "Heap summary: live objects by type", 14, weight: "bold");
        svg.Text(10, 36, summary, 11, fill: Palette.DarkGrey);
        var x = 10.0;
        for (var i = 0; i < SlotNames.Length; i++)
        {
            svg.Rect(x, 46, 12, 12, SlotColours[i], Palette.DarkGrey);
            svg.Text(x + 16, 56, SlotNames[i], 11);
            x += 30 + SlotNames[i].Length * 6.3;
        }
        var max = Math.Max(1, s.Rows.Max(r => r.Bytes));
        for (var r = 0; r < s.Rows.Count; r++)
        {
            var row = s.Rows[r];
            var y = top + r * rowHeight;
            svg.Text(BarLeft - 8, y + 14, Cut(row.TypeName, 26), 12, "end");
            var bx = BarLeft;
            for (var slot = 0; slot < TypeRow.Slots; slot++)
            {
                var w = BarWidth * row.BytesByGeneration[slot] / max;
                if (w <= 0) continue;
                var n = slot < TypeRow.Slots - 1 ? row.Generations[slot] : row.Count - row.Tracked;
                svg.Rect(bx, y + 3, w, rowHeight - 6, SlotColours[slot], null, $"{row.TypeName}: {Num(n)} objects in {SlotNames[slot]}, {Num(row.BytesByGeneration[slot])} bytes");
                bx += w;
            }
            svg.Text(bx + 6, y + 14, $"{Num(row.Bytes)} B · {Num(row.Count)} object{(row.Count == 1 ? "" : "s")}", 11, fill: Palette.DarkGrey);
        }
        svg.Text(10, top + rowHeight * s.Rows.Count + 18,
            "bytes: each object's own block as the allocator counts it, GC header included;", 11, fill: Palette.DarkGrey);
        svg.Text(10, top + rowHeight * s.Rows.Count + 32,
            "list item arrays and dict tables are separate blocks, not counted here (the pymalloc map shows them)", 11, fill: Palette.DarkGrey);
        return svg.ToString();
    }

    /// <summary>The same bars as an interactive Plotly figure: one trace per generation, stacked.</summary>
    private static JsonObject? Chart(HeapSummarySnapshot s)
    {
        if (s.Rows.Count == 0) return null;
        var names = s.Rows.Select(r => r.TypeName).Reverse().ToArray();
        var traces = Enumerable.Range(0, TypeRow.Slots).Select(slot =>
            Plotly.NET.CSharp.Chart.Bar<long, string, string>(
                values: s.Rows.Select(r => r.BytesByGeneration[slot]).Reverse().ToArray(),
                Keys: names,
                Name: SlotNames[slot]));
        var figure = JsonNode.Parse(Plotly.NET.GenericChart.toFigureJson(Plotly.NET.CSharp.Chart.Combine(traces))) as JsonObject;
        if (figure?["layout"] is JsonObject layout)
        {
            layout["barmode"] = "stack";
            layout["title"] = new JsonObject { ["text"] = "bytes of live objects by type" };
        }
        return figure;
    }

    private static string Cut(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";

    private static string Num(long n) => n.ToString("#,0", CultureInfo.InvariantCulture);
}
