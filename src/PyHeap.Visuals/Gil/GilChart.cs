using System.Text.Json.Nodes;

namespace PyHeap.Visuals.Gil;

/// <summary>
/// The lanes as an interactive Plotly figure (JupyterLab, VS Code): one thick line trace per state whose pieces
/// are the segments (x in simulated ms, y the thread), hovering shows each piece; hand-overs are a marker trace.
/// </summary>
public static class GilChart
{
    public static JsonObject? Render(GilSnapshot s, GilLanes lanes)
    {
        var traces = new List<Plotly.NET.GenericChart>();
        foreach (var state in Enum.GetValues<GilLaneState>())
        {
            var x = new List<double>();
            var y = new List<string>();
            var text = new List<string>();
            foreach (var seg in lanes.Segments.Where(g => g.State == state).Take(GilPicture.MaxSegments))
            {
                var label = $"{GilFormat.State(state)}{(seg.Detail is null ? "" : $" in {seg.Detail}")} for {GilFormat.Ms(seg.LengthNs)}";
                x.AddRange([Ms(seg.StartNs - lanes.StartNs), Ms(seg.EndNs - lanes.StartNs), Gap]);
                y.AddRange([s.NameOf(seg.ThreadId), s.NameOf(seg.ThreadId), ""]);
                text.AddRange([label, label, ""]);
            }
            if (x.Count == 0) continue;
            traces.Add(Plotly.NET.CSharp.Chart.Line<double, string, string>(x: x, y: y, Name: GilFormat.State(state), MultiText: text,
                LineColor: Plotly.NET.Color.fromHex(GilFormat.StateColour(state)), LineWidth: state == GilLaneState.Finished ? 4 : 18));
        }
        var handOvers = lanes.HandOvers.Take(GilPicture.MaxHandOvers).ToList();
        if (handOvers.Count > 0)
            traces.Add(Plotly.NET.CSharp.Chart.Point<double, string, string>(
                x: handOvers.Select(h => Ms(h.TimeNs - lanes.StartNs)).ToArray(),
                y: handOvers.Select(h => s.NameOf(h.ToThreadId)).ToArray(),
                Name: "GIL hand-over",
                MultiText: handOvers.Select(h => $"{s.NameOf(h.FromThreadId)} → {s.NameOf(h.ToThreadId)}: {GilFormat.Cause(h.Cause)}").ToArray()));
        if (traces.Count == 0) return null;
        var chart = Plotly.NET.CSharp.GenericChartExtensions.WithXAxisStyle<double, double, string>(
            Plotly.NET.CSharp.Chart.Combine(traces), TitleText: "simulated time (ms)");
        var figure = JsonNode.Parse(Plotly.NET.GenericChart.toFigureJson(chart)) as JsonObject;
        BreakAtGaps(figure);
        return figure;
    }

    /// <summary>A negative time marks the end of a segment; null there makes Plotly break the line (connectgaps is off).</summary>
    private const double Gap = -1;

    private static void BreakAtGaps(JsonObject? figure)
    {
        if (figure?["data"] is not JsonArray data) return;
        foreach (var trace in data.OfType<JsonObject>())
        {
            if (trace["x"] is not JsonArray xs || trace["y"] is not JsonArray ys) continue;
            for (var i = 0; i < xs.Count && i < ys.Count; i++)
            {
                if (xs[i] is JsonValue v && v.TryGetValue<double>(out var d) && d == Gap)
                {
                    xs[i] = null;
                    ys[i] = null;
                }
            }
        }
    }

    private static double Ms(long ns) => ns / 1e6;
}
