using System.Text;
using System.Text.Json.Nodes;
using PyHeap.Visuals.Rendering;

namespace PyHeap.Visuals.Trace;

/// <summary>
/// The refcount trace (<c>%%trace [NAMES]</c> / <c>with pyheap.trace(): …</c>): for each followed object, every
/// refcount change in order — line, operation, holder, +1/−1, the new count — and where it was freed; a step
/// chart of each object's count over the trace's steps.
/// </summary>
public static class TraceView
{
    private const int MaxRows = 300;

    public static ViewBundle Render(TraceSnapshot t)
    {
        var header = new[] { "step", "line", "object", "operation", "holder", "Δ", "count", "source" };
        var right = new[] { true, true, false, false, false, true, true, false };
        var rows = t.Objects.SelectMany(o => o.Steps.Select(s => (Object: o, Step: s)))
            .OrderBy(x => x.Step.Sequence)
            .Select(x => (IReadOnlyList<string>)[x.Step.Sequence.ToString(), x.Step.Line.ToString(), x.Object.Label, x.Step.Operation, x.Step.Holder,
                x.Step.Freed ? "" : x.Step.Delta > 0 ? $"+{x.Step.Delta}" : $"−{-x.Step.Delta}", x.Step.Freed ? "freed" : x.Step.NewCount.ToString(), x.Step.Source])
            .ToList();
        var notes = Notes(t, rows.Count);
        var shown = rows.Take(MaxRows).ToList();
        var plain = new StringBuilder();
        foreach (var o in t.Objects)
            plain.AppendLine($"{o.Label}: {o.TypeName} at 0x{o.Address:x}, {o.Steps.Count} changes{(o.FreedInTrace ? ", freed" : $", count now {o.Steps.LastOrDefault()?.NewCount}")}");
        plain.Append(HtmlTable.Text(header, shown, right));
        foreach (var n in notes) plain.AppendLine(n);
        if (t.Objects.Count == 0) plain.AppendLine("no traced object: name the objects to follow (%%trace x y), or bind the objects the cell creates to names");
        var svg = Chart(t);
        var html = $"<div>{svg}{HtmlTable.Render(header, shown, right)}{string.Concat(notes.Select(n => $"<p style=\"font-family:sans-serif;font-size:12px;color:#555\">{Svg.Escape(n)}</p>"))}</div>";
        return new ViewBundle(plain.ToString().TrimEnd('\n'), html, svg, Plotly(t));
    }

    private static List<string> Notes(TraceSnapshot t, int rows)
    {
        var notes = new List<string>();
        if (rows > MaxRows) notes.Add($"{rows - MaxRows} more rows not shown (the table shows the first {MaxRows})");
        if (t.OmittedObjects > 0) notes.Add($"{t.OmittedObjects} more traced objects not shown (at most {TraceRecording.MaxObjects})");
        if (t.DroppedEvents > 0) notes.Add($"the recorder kept the last {TraceRecording.EventCapacity} events: {t.DroppedEvents} earlier ones were dropped");
        return notes;
    }

    private static string Chart(TraceSnapshot t)
    {
        const double width = 720, height = 260, left = 50, right = 160, top = 30, bottom = 40;
        var svg = new Svg(width, height);
        svg.Text(10, 18, "reference count over the traced steps", 13, weight: "bold");
        var steps = t.Objects.SelectMany(o => o.Steps).Select(s => s.Sequence).Distinct().Order().ToList();
        if (steps.Count == 0) return svg.Text(10, 40, "nothing traced", 12, fill: Palette.DarkGrey).ToString();
        var index = steps.Select((s, i) => (s, i)).ToDictionary(x => x.s, x => x.i);
        var maxCount = Math.Max(1, t.Objects.SelectMany(o => o.Steps).Max(s => s.NewCount));
        double X(long seq) => left + (width - left - right) * (steps.Count == 1 ? 0.5 : (double)index[seq] / (steps.Count - 1));
        double Y(long count) => top + (height - top - bottom) * (1 - (double)count / maxCount);
        svg.Rect(left, top, width - left - right, height - top - bottom, "#ffffff", Palette.MidGrey);
        for (var c = 0L; c <= maxCount; c += Math.Max(1, maxCount / 5))
            svg.Text(left - 6, Y(c) + 4, c.ToString(), 11, "end", Palette.DarkGrey);
        for (var i = 0; i < t.Objects.Count; i++)
        {
            var o = t.Objects[i];
            var colour = Palette.Category(i);
            var path = new StringBuilder();
            long? previous = null;
            foreach (var s in o.Steps)
            {
                var x = X(s.Sequence);
                var count = s.Freed ? 0 : s.NewCount;
                if (previous is null) path.Append($"M{Svg.N(x)} {Svg.N(Y(count))}");
                else path.Append($" H{Svg.N(x)} V{Svg.N(Y(count))}"); // a step chart: the count holds until the next change
                previous = count;
                if (s.Freed) svg.Text(x, Y(0) - 4, "×", 14, "middle", colour, "bold");
            }
            svg.Path(path.ToString(), colour, 2);
            svg.Rect(width - right + 12, top + 4 + i * 18, 12, 12, colour);
            svg.Text(width - right + 30, top + 14 + i * 18, $"{o.Label} ({o.TypeName})", 12);
        }
        svg.Text(left, height - 12, "steps (every refcount change of a traced object, in order); × freed", 11, fill: Palette.DarkGrey);
        return svg.ToString();
    }

    private static JsonObject? Plotly(TraceSnapshot t)
    {
        if (t.Objects.Count == 0) return null;
        var charts = t.Objects.Select(o => global::Plotly.NET.CSharp.Chart.Line<long, long, string>(
            x: o.Steps.Select(s => s.Sequence).ToArray(),
            y: o.Steps.Select(s => s.Freed ? 0 : s.NewCount).ToArray(),
            Name: o.Label,
            MultiText: o.Steps.Select(s => $"line {s.Line}: {s.Operation} ({s.Holder})").ToArray()));
        var combined = global::Plotly.NET.CSharp.Chart.Combine(charts);
        return JsonNode.Parse(global::Plotly.NET.GenericChart.toFigureJson(combined)) as JsonObject;
    }
}
