using System.Text;
using PyHeap.Runtime.Threading;
using PyHeap.Visuals.Rendering;

namespace PyHeap.Visuals.Gil;

/// <summary>
/// The interleaving that lost a refcount update without the GIL: the last load / add / store steps of each thread
/// on the corrupted object, in the order they ran, one column per thread; a store that overwrote another thread's
/// update is marked.
/// </summary>
public static class GilRaceView
{
    public static string Text(MemoryCorruptionReport c)
    {
        var text = new StringBuilder($"pyheap.MemoryCorruption — {c.Headline}\n");
        text.Append($"{c.LostUpdates} update(s) lost in this run (seed {c.Seed}); the last steps on 0x{c.Address:x}, in the order they ran:\n");
        var threads = c.Steps.Select(x => x.ThreadId).Distinct().Order().ToList();
        var rows = c.Steps.Select(x => (IReadOnlyList<string>)threads.Select(t => t == x.ThreadId ? GilFormat.Step(x) : "").Prepend($"#{x.Seq}").ToList());
        text.Append(HtmlTable.Text(threads.Select(t => $"thread {t}").Prepend("step").ToList(), rows));
        text.Append("repaired: the count was set to the references that exist; the GIL is back on.");
        return text.ToString();
    }

    /// <summary>Draws the steps below the lanes, from <paramref name="top"/>; returns the height used.</summary>
    public static double Draw(Svg svg, MemoryCorruptionReport c, double top, double width)
    {
        var threads = c.Steps.Select(x => x.ThreadId).Distinct().Order().ToList();
        svg.Text(10, top + 14, "pyheap.MemoryCorruption", 13, fill: Palette.Vermillion, weight: "bold");
        var lines = TextWrap.Words(c.Headline, (int)(width / 6.6));
        for (var i = 0; i < lines.Count; i++) svg.Text(10, top + 30 + i * 15, lines[i], 12, fill: Palette.Vermillion);
        top += 15 * (lines.Count - 1);
        svg.Text(10, top + 46, $"the last load / add / store steps on 0x{c.Address:x}, in the order they ran (seed {c.Seed})", 12, fill: Palette.DarkGrey);
        top += 14;
        var column = Math.Min(260, (width - 80) / Math.Max(1, threads.Count));
        for (var i = 0; i < threads.Count; i++)
            svg.Text(80 + i * column, top + 52, $"thread {threads[i]}", 12, weight: "bold");
        for (var r = 0; r < c.Steps.Count; r++)
        {
            var step = c.Steps[r];
            var y = top + 70 + r * 16;
            var x = 80 + threads.IndexOf(step.ThreadId) * column;
            svg.Text(10, y, $"#{step.Seq}", 11, fill: Palette.DarkGrey);
            var lost = step.Kind == RefCountStepKind.Store && step.Lost != 0;
            if (lost) svg.Rect(x - 4, y - 12, column - 8, 16, "#FBE3D6");
            svg.Text(x, y, GilFormat.Step(step), 12, fill: lost ? Palette.Vermillion : Palette.Black, weight: lost ? "bold" : "normal");
        }
        return 110 + c.Steps.Count * 16;
    }

}
