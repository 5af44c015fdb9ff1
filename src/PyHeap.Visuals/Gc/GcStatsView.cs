using System.Text;
using System.Text.Json.Nodes;
using PyHeap.Visuals.Rendering;

namespace PyHeap.Visuals.Gc;

/// <summary>
/// The GC generations view (<c>%gc</c> / <c>pyheap.gc_stats()</c>): per generation, the count against its
/// threshold (the allocations-minus-deallocations counter that triggers a collection: 700/10/10), the objects
/// in its list and gc.get_stats()'s totals; below, the session's timeline of the counts with every collection
/// marked (solid line: gc.collect(); dashed: automatic), one colour per generation.
/// </summary>
public static class GcStatsView
{
    private const double Width = 720;
    private static readonly string[] GenerationColours = [Palette.Blue, Palette.Orange, Palette.Vermillion];

    public static ViewBundle Render(GcStatsSnapshot s)
    {
        var header = new[] { "generation", "count / threshold", "objects", "collections", "collected", "uncollectable" };
        var right = new[] { false, true, true, true, true, true };
        var rows = s.Generations.Select(g => (IReadOnlyList<string>)[g.Generation.ToString(), $"{g.Count} / {g.Threshold}",
            g.Objects.ToString(), g.Collections.ToString(), g.Collected.ToString(), g.Uncollectable.ToString()]).ToList();
        var auto = s.Collections.Count(c => c.Automatic);
        var summary = $"collector {(s.Enabled ? "enabled" : "DISABLED (gc.disable())")}; {s.PermanentObjects} objects frozen (permanent generation); "
            + $"collections this session: {s.Collections.Count} ({auto} automatic, {s.Collections.Count - auto} explicit)";
        var plain = new StringBuilder(HtmlTable.Text(header, rows, right)).Append(summary);
        foreach (var c in s.Collections.TakeLast(5)) plain.Append('\n').Append(Describe(c));
        var svg = Picture(s);
        var html = $"<div>{svg}{HtmlTable.Render(header, rows, right)}<p style=\"font-family:sans-serif;font-size:13px\">{Svg.Escape(summary)}</p></div>";
        return new ViewBundle(plain.ToString(), html, svg, Chart(s));
    }

    public static string Describe(CollectionSummary c) =>
        $"#{c.Number}: generation {c.Generation} ({(c.Automatic ? "automatic" : "gc.collect()")}): examined {c.Examined}, "
        + $"unreachable {c.Unreachable}, collected {c.Collected}, uncollectable {c.Uncollectable}, promoted {c.Promoted}";

    private static string Picture(GcStatsSnapshot s)
    {
        const double chartTop = 150, chartHeight = 180, left = 60, right = 20;
        var svg = new Svg(Width, chartTop + chartHeight + 60);
        svg.Text(10, 20, "Cyclic GC: the three generations", 14, weight: "bold");
        for (var i = 0; i < s.Generations.Count; i++)
        {
            var g = s.Generations[i];
            var y = 36 + i * 34;
            svg.Text(10, y + 14, $"gen {g.Generation}", 12, weight: "bold");
            var barWidth = 260.0;
            svg.Rect(70, y, barWidth, 18, Palette.LightGrey, Palette.MidGrey, $"count {g.Count} of threshold {g.Threshold}");
            svg.Rect(70, y, barWidth * Math.Min(1.0, g.Threshold == 0 ? 0 : (double)g.Count / g.Threshold), 18, GenerationColours[i]);
            svg.Text(70 + barWidth + 8, y + 14, $"count {g.Count} / {g.Threshold}   objects {g.Objects}   collections {g.Collections}   collected {g.Collected}", 12);
        }
        // The timeline: gen 0's count (its own scale) and gens 1 and 2 (scaled to their thresholds).
        svg.Text(10, chartTop - 10, "counts over the session (each line scaled to its threshold; vertical lines: collections)", 12, fill: Palette.DarkGrey);
        svg.Rect(left, chartTop, Width - left - right, chartHeight, "#ffffff", Palette.MidGrey);
        svg.Text(left - 6, chartTop + 10, "100%", 11, "end", Palette.DarkGrey);
        svg.Text(left - 6, chartTop + chartHeight, "0", 11, "end", Palette.DarkGrey);
        var samples = s.Samples;
        if (samples.Count >= 1)
        {
            var first = samples[0].Step;
            var span = Math.Max(1, samples[^1].Step - first);
            double X(int step) => left + (Width - left - right) * (step - first) / span;
            double Y(int count, int threshold) => chartTop + chartHeight - chartHeight * Math.Min(1.0, threshold == 0 ? 0 : (double)count / threshold);
            foreach (var sample in samples.Where(x => x.Collection is not null))
            {
                var c = sample.Collection!;
                svg.Line(X(sample.Step), chartTop, X(sample.Step), chartTop + chartHeight, GenerationColours[c.Generation], 1.5, c.Automatic ? "4 3" : null);
            }
            for (var gen = 0; gen < s.Generations.Count; gen++)
            {
                var threshold = s.Generations[gen].Threshold;
                var path = new StringBuilder();
                foreach (var sample in samples)
                    path.Append(path.Length == 0 ? "M" : " L").Append($"{Svg.N(X(sample.Step))} {Svg.N(Y(sample.Counts[gen], threshold))}");
                svg.Path(path.ToString(), GenerationColours[gen], 2);
            }
        }
        var legendY = chartTop + chartHeight + 24;
        for (var gen = 0; gen < 3; gen++)
        {
            svg.Rect(left + gen * 130, legendY - 10, 12, 12, GenerationColours[gen]);
            svg.Text(left + gen * 130 + 18, legendY, $"generation {gen}", 12);
        }
        svg.Line(left + 400, legendY - 4, left + 430, legendY - 4, Palette.DarkGrey, 1.5);
        svg.Text(left + 436, legendY, "gc.collect()", 12);
        svg.Line(left + 530, legendY - 4, left + 560, legendY - 4, Palette.DarkGrey, 1.5, "4 3");
        svg.Text(left + 566, legendY, "automatic", 12);
        if (s.DroppedSamples > 0) svg.Text(left, legendY + 20, $"{s.DroppedSamples} older samples not kept (the timeline keeps {GcTimeline.Capacity})", 11, fill: Palette.DarkGrey);
        return svg.ToString();
    }

    /// <summary>The timeline as an interactive Plotly figure (JupyterLab, VS Code).</summary>
    private static JsonObject? Chart(GcStatsSnapshot s)
    {
        if (s.Samples.Count == 0) return null;
        var charts = Enumerable.Range(0, s.Generations.Count).Select(gen =>
            Plotly.NET.CSharp.Chart.Line<int, int, string>(
                x: s.Samples.Select(x => x.Step).ToArray(),
                y: s.Samples.Select(x => x.Counts[gen]).ToArray(),
                Name: $"generation {gen} count",
                MultiText: s.Samples.Select(x => x.Collection is { } c ? Describe(c) : x.Label).ToArray()));
        var combined = Plotly.NET.CSharp.Chart.Combine(charts);
        return JsonNode.Parse(Plotly.NET.GenericChart.toFigureJson(combined)) as JsonObject;
    }
}
