using System.Text;
using PyHeap.Visuals.Rendering;

namespace PyHeap.Visuals.Gil;

/// <summary>
/// The GIL timeline (<c>%gil</c> / <c>pyheap.gil_timeline()</c>): one lane per thread over simulated time —
/// running, waiting for the GIL, blocked, finished — with every hand-over of the GIL marked by its cause
/// (Python/ceval_gil.h: the switch interval expiring and drop_gil at the eval breaker, a blocking call's
/// Py_BEGIN_ALLOW_THREADS, the thread's end), and totals: switches, each thread's wait, and the speed-up
/// against running the same bytecode one thread after the other. After a run without the GIL that lost a
/// refcount update, the interleaving of load / add / store steps that lost it.
/// </summary>
public static class GilTimelineView
{
    public static ViewBundle Render(GilSnapshot s)
    {
        var lanes = new GilLanes(s);
        var plain = new StringBuilder();
        var summary = Summary(s, lanes);
        if (lanes.Threads.Count == 0)
        {
            plain.Append("GIL timeline: no thread has been started yet (only the main thread has run).");
            if (s.Corruption is null) return new ViewBundle(plain.ToString(), $"<pre>{Svg.Escape(plain.ToString())}</pre>");
        }
        else
        {
            var rows = Rows(lanes);
            plain.Append(HtmlTable.Text(Header, rows, RightAligned)).Append(summary);
            foreach (var h in lanes.HandOvers.TakeLast(8))
                plain.Append($"\n  {GilFormat.Ms(h.TimeNs - lanes.StartNs)}: {s.NameOf(h.FromThreadId)} → {s.NameOf(h.ToThreadId)} ({GilFormat.Cause(h.Cause)})");
            if (lanes.HandOvers.Count > 8) plain.Append($"\n  (last 8 of {lanes.HandOvers.Count} hand-overs)");
        }
        if (s.Corruption is { } c) plain.Append("\n\n").Append(GilRaceView.Text(c));
        var svg = GilPicture.Render(s, lanes);
        var html = new StringBuilder($"<div>{svg}");
        if (lanes.Threads.Count > 0)
            html.Append(HtmlTable.Render(Header, Rows(lanes), RightAligned)).Append($"<p style=\"font-family:sans-serif;font-size:13px\">{Svg.Escape(summary)}</p>");
        if (s.Corruption is { } c2) html.Append($"<pre>{Svg.Escape(GilRaceView.Text(c2))}</pre>");
        html.Append("</div>");
        return new ViewBundle(plain.ToString(), html.ToString(), svg, lanes.Threads.Count == 0 ? null : GilChart.Render(s, lanes));
    }

    private static readonly string[] Header = ["thread", "running", "waiting for the GIL", "blocked", "state"];
    private static readonly bool[] RightAligned = [false, true, true, true, false];

    private static List<IReadOnlyList<string>> Rows(GilLanes lanes) =>
        lanes.Totals.Select(t => (IReadOnlyList<string>)[t.Name, GilFormat.Ms(t.RunningNs), GilFormat.Ms(t.WaitingNs),
            GilFormat.Ms(t.BlockedNs), t.Finished ? "finished" : "alive"]).ToList();

    /// <summary>The totals in words: switches by cause, wall time against CPU time, and what the GIL cost or saved.</summary>
    public static string Summary(GilSnapshot s, GilLanes lanes)
    {
        var byCause = lanes.HandOvers.GroupBy(h => h.Cause).OrderByDescending(g => g.Count())
            .Select(g => $"{g.Count()} {GilFormat.Cause(g.Key)}");
        var text = new StringBuilder($"{lanes.HandOvers.Count} GIL hand-overs ({string.Join(", ", byCause)}); ");
        text.Append($"wall {GilFormat.Ms(lanes.WallNs)}, bytecode run by all threads {GilFormat.Ms(lanes.CpuNs)}");
        if (lanes.IdleNs > 0) text.Append($", idle {GilFormat.Ms(lanes.IdleNs)}");
        var speed = lanes.SpeedUp;
        text.Append(RanWithoutGil(s, lanes)
            ? $"; speed-up {speed:0.00}× against running the same work serially (one simulated CPU: without the GIL threads interleave, they do not run in parallel)"
            : speed >= 1.005
            ? $"; speed-up {speed:0.00}× against running the same work serially (threads overlapped only while blocked)"
            : $"; speed-up {speed:0.00}× against running the same work serially — the GIL lets one thread run bytecode at a time");
        text.Append(!RanWithoutGil(s, lanes)
            ? $". Switch interval {GilFormat.Ms(s.SwitchIntervalNs)}; {CostNote}."
            : $". Ran WITHOUT the GIL (pyheap.set_gil(False)): threads switched every few instructions, and mid-update; {CostNote}.");
        if (s.Dropped > 0)
            text.Append($" The timeline keeps the last {s.Capacity} events: {s.Dropped} older events were dropped, so it starts mid-run.");
        return text.ToString();
    }

    /// <summary>The GIL is off now, or the timeline shows hand-overs only a run without it makes.</summary>
    public static bool RanWithoutGil(GilSnapshot s, GilLanes lanes) =>
        !s.GilEnabled || lanes.HandOvers.Any(h => h.Cause is Runtime.Threading.GilCause.Preempted or Runtime.Threading.GilCause.TimeSlice);

    private const string CostNote = "simulated time: 50 ns per bytecode instruction";
}
