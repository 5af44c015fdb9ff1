using PyHeap.Visuals.Rendering;

namespace PyHeap.Visuals.Gil;

/// <summary>
/// The lanes as SVG: one row per thread over simulated time, a coloured bar per state, and at every hand-over a
/// line from the thread that let go to the one that took the GIL, coloured by the cause. Bounded: very short
/// segments and hand-overs beyond <see cref="MaxHandOvers"/> are not drawn, and the picture says so.
/// </summary>
public static class GilPicture
{
    private const double Width = 760, Left = 170, Right = 20, Top = 44, Lane = 24, Gap = 12;
    public const int MaxHandOvers = 150;
    public const int MaxSegments = 1200;

    public static string Render(GilSnapshot s, GilLanes lanes)
    {
        var lanesHeight = lanes.Threads.Count * (Lane + Gap);
        var raceHeight = s.Corruption is null ? 0 : 140 + s.Corruption.Steps.Count * 16;
        var svg = new Svg(Width, Top + lanesHeight + 126 + raceHeight);
        svg.Text(10, 20, !GilTimelineView.RanWithoutGil(s, lanes) ? "The GIL: who runs bytecode, over simulated time" : "NO GIL (unsafe): threads interleaved, over simulated time", 14, weight: "bold");
        var y = Top + lanesHeight;
        if (lanes.Threads.Count > 0)
        {
            DrawLanes(svg, s, lanes);
            y = DrawAxisAndLegend(svg, s, lanes, y);
        }
        else
        {
            svg.Text(10, Top, "no thread has been started yet", 12, fill: Palette.DarkGrey);
            y = Top + 20;
        }
        if (s.Corruption is { } c) GilRaceView.Draw(svg, c, y, Width);
        return svg.ToString();
    }

    private static double X(GilLanes lanes, long t) =>
        Left + (Width - Left - Right) * (lanes.WallNs == 0 ? 0 : (double)(t - lanes.StartNs) / lanes.WallNs);

    private static double LaneY(GilLanes lanes, long id) => Top + lanes.Threads.ToList().IndexOf(id) * (Lane + Gap);

    private static void DrawLanes(Svg svg, GilSnapshot s, GilLanes lanes)
    {
        foreach (var id in lanes.Threads)
        {
            var ly = LaneY(lanes, id);
            svg.Text(Left - 8, ly + Lane / 2 + 4, s.NameOf(id), 12, "end");
            svg.Rect(Left, ly, Width - Left - Right, Lane, "#ffffff", Palette.LightGrey);
        }
        var minWidth = lanes.Segments.Count > MaxSegments ? 1.0 : 0;
        var skipped = 0;
        foreach (var seg in lanes.Segments)
        {
            var x0 = X(lanes, seg.StartNs);
            var w = X(lanes, seg.EndNs) - x0;
            if (w < minWidth)
            {
                skipped++;
                continue;
            }
            var ly = LaneY(lanes, seg.ThreadId);
            var h = seg.State == GilLaneState.Finished ? Lane / 3 : Lane;
            var title = $"{s.NameOf(seg.ThreadId)}: {GilFormat.State(seg.State)}{(seg.Detail is null ? "" : $" in {seg.Detail}")} "
                + $"from {GilFormat.Ms(seg.StartNs - lanes.StartNs)} for {GilFormat.Ms(seg.LengthNs)}";
            svg.Rect(x0, ly + (Lane - h) / 2, Math.Max(w, 0.5), h, GilFormat.StateColour(seg.State), title: title);
        }
        var step = Math.Max(1, (lanes.HandOvers.Count + MaxHandOvers - 1) / MaxHandOvers);
        for (var i = 0; i < lanes.HandOvers.Count; i += step)
        {
            var h = lanes.HandOvers[i];
            if (!lanes.Threads.Contains(h.FromThreadId) || !lanes.Threads.Contains(h.ToThreadId)) continue;
            var x = X(lanes, h.TimeNs);
            var from = LaneY(lanes, h.FromThreadId) + Lane / 2;
            var to = LaneY(lanes, h.ToThreadId) + Lane / 2;
            svg.Raw($"<g><title>{Svg.Escape($"{GilFormat.Ms(h.TimeNs - lanes.StartNs)}: GIL {s.NameOf(h.FromThreadId)} → {s.NameOf(h.ToThreadId)} ({GilFormat.Cause(h.Cause)})")}</title>");
            svg.Line(x, from, x, to + (to > from ? -4 : 4), GilFormat.CauseColour(h.Cause), 1.5, arrow: true);
            svg.Raw("</g>");
        }
        var notes = new List<string>();
        if (step > 1) notes.Add($"1 in {step} of {lanes.HandOvers.Count} hand-overs drawn");
        if (skipped > 0) notes.Add($"{skipped} segments under half a pixel not drawn");
        if (notes.Count > 0) svg.Text(Left, Top - 8, string.Join("; ", notes), 11, fill: Palette.DarkGrey);
    }

    private static double DrawAxisAndLegend(Svg svg, GilSnapshot s, GilLanes lanes, double y)
    {
        svg.Line(Left, y, Width - Right, y, Palette.MidGrey);
        for (var i = 0; i <= 4; i++)
        {
            var t = lanes.StartNs + lanes.WallNs * i / 4;
            var x = X(lanes, t);
            svg.Line(x, y, x, y + 4, Palette.MidGrey);
            svg.Text(x, y + 16, GilFormat.Ms(t - lanes.StartNs), 11, i == 0 ? "start" : i == 4 ? "end" : "middle", Palette.DarkGrey);
        }
        var ly = y + 38;
        var x0 = 10.0;
        foreach (var state in Enum.GetValues<GilLaneState>())
        {
            svg.Rect(x0, ly - 10, 12, 12, GilFormat.StateColour(state), Palette.MidGrey);
            svg.Text(x0 + 16, ly, GilFormat.State(state), 12);
            x0 += 40 + GilFormat.State(state).Length * 6.5;
        }
        var causes = lanes.HandOvers.Select(h => h.Cause).Distinct().Order().ToList();
        x0 = 10;
        foreach (var cause in causes)
        {
            var w = 90 + GilFormat.Cause(cause).Length * 6.5;
            if (x0 + w > Width && x0 > 10)
            {
                // Wrap the legend rather than run off the picture.
                x0 = 10;
                ly += 16;
            }
            svg.Line(x0, ly + 14, x0, ly + 26, GilFormat.CauseColour(cause), 2);
            svg.Text(x0 + 6, ly + 24, $"hand-over: {GilFormat.Cause(cause)}", 12);
            x0 += w;
        }
        var totals = $"{lanes.HandOvers.Count} hand-overs · wall {GilFormat.Ms(lanes.WallNs)} · bytecode {GilFormat.Ms(lanes.CpuNs)} · speed-up {lanes.SpeedUp:0.00}× vs serial";
        svg.Text(10, ly + 46, totals, 12, weight: "bold");
        if (s.Dropped > 0)
            svg.Text(10, ly + 62, $"⚠ {s.Dropped} older events dropped (the timeline keeps {s.Capacity}): the picture starts mid-run", 12, fill: Palette.Vermillion);
        return ly + 72;
    }
}
