using System.Text;
using PyHeap.Runtime.Gc;
using PyHeap.Visuals.Rendering;

namespace PyHeap.Visuals.Gc;

/// <summary>
/// One collection step by step (<c>%gc collect [GEN]</c>), in the order Modules/gcmodule.c: gc_collect_main
/// works — merge the younger generations, update_refs/subtract_refs, move_unreachable, finalize_garbage,
/// handle_resurrected_objects, delete_garbage, promote the survivors — and a picture of the unreachable set:
/// each garbage object, the references among them, which were finalized and which resurrected.
/// </summary>
public static class CollectionView
{
    private const int MaxNodes = 60;

    public static ViewBundle Render(CollectionReport r)
    {
        var steps = Steps(r);
        var plain = string.Join("\n", steps);
        var svg = Picture(r);
        var html = new StringBuilder("<div>").Append(svg).Append("<ol style=\"font-family:sans-serif;font-size:13px\">");
        foreach (var step in steps.Skip(1)) html.Append("<li>").Append(Svg.Escape(step[3..])).Append("</li>");
        html.Append("</ol></div>");
        return new ViewBundle(plain, html.ToString(), svg);
    }

    private static List<string> Steps(CollectionReport r)
    {
        var byType = string.Join(", ", r.Unreachable.GroupBy(o => o.TypeName).OrderByDescending(g => g.Count()).Select(g => $"{g.Count()} {g.Key}"));
        var older = r.Generation + 1 < GcState.NumGenerations ? $"generation {r.Generation + 1}" : "stay in generation 2";
        return
        [
            $"collection of generation {r.Generation} ({(r.Automatic ? "automatic" : "explicit")}); counts before {string.Join("/", r.CountsBefore)}, after {string.Join("/", r.CountsAfter)}",
            $"1. merge generations 0..{r.Generation} into one list: {r.Examined} objects examined",
            "2. update_refs / subtract_refs: each object's gc_refs = refcount minus references from the other examined objects",
            $"3. move_unreachable: objects with gc_refs > 0 are reachable from outside, and so is all they reach; the rest is unreachable: {r.Unreachable.Count}{(byType.Length > 0 ? $" ({byType})" : "")}",
            $"4. finalize_garbage (PEP 442): {r.Finalized.Count} finalizer(s) ran",
            $"5. handle_resurrected_objects: {r.Resurrected.Count} object(s) resurrected by a finalizer (they survive)",
            $"6. delete_garbage (tp_clear breaks the cycles, refcounting frees them): {r.Collected} collected",
            $"7. uncollectable (legacy finalizers, to gc.garbage): {r.Uncollectable}",
            r.Generation + 1 < GcState.NumGenerations ? $"8. survivors promoted to {older}: {r.Promoted}" : "8. survivors stay in generation 2",
        ];
    }

    private static string Picture(CollectionReport r)
    {
        var nodes = r.Unreachable.Take(MaxNodes).ToList();
        const double width = 720, graphTop = 90, graphHeight = 300;
        var svg = new Svg(width, graphTop + (nodes.Count == 0 ? 60 : graphHeight + 50));
        svg.Text(10, 20, $"gc.collect({r.Generation}): the unreachable set", 14, weight: "bold");
        // The funnel of counts.
        var stages = new (string Label, long Value, string Colour)[]
        {
            ("examined", r.Examined, Palette.SkyBlue), ("unreachable", r.Unreachable.Count, Palette.Orange),
            ("finalized", r.Finalized.Count, Palette.Purple), ("resurrected", r.Resurrected.Count, Palette.Green),
            ("collected", r.Collected, Palette.Vermillion), ("promoted", r.Promoted, Palette.Blue),
        };
        for (var i = 0; i < stages.Length; i++)
        {
            var x = 10 + i * 118;
            svg.Rect(x, 32, 110, 40, stages[i].Colour, rx: 4);
            svg.Text(x + 55, 50, stages[i].Label, 12, "middle", "#ffffff", "bold");
            svg.Text(x + 55, 66, stages[i].Value.ToString(), 12, "middle", "#ffffff", "bold");
        }
        if (nodes.Count == 0)
        {
            svg.Text(10, graphTop + 20, "nothing was unreachable", 12, fill: Palette.DarkGrey);
            return svg.ToString();
        }
        var finalized = r.Finalized.Select(o => o.Address).ToHashSet();
        var resurrected = r.Resurrected.Select(o => o.Address).ToHashSet();
        var uncollectable = r.UncollectableObjects.Select(o => o.Address).ToHashSet();
        // A circle keeps every cycle visible without a layout engine; the set is small by construction.
        var cx = width / 2;
        var cy = graphTop + graphHeight / 2;
        var radius = Math.Min(graphHeight / 2 - 24, 40 + 8 * nodes.Count);
        var position = new Dictionary<long, (double X, double Y)>();
        for (var i = 0; i < nodes.Count; i++)
        {
            var angle = 2 * Math.PI * i / nodes.Count - Math.PI / 2;
            position[nodes[i].Address] = (cx + radius * Math.Cos(angle), cy + radius * Math.Sin(angle));
        }
        foreach (var edge in r.UnreachableEdges)
        {
            if (!position.TryGetValue(edge.From, out var a) || !position.TryGetValue(edge.To, out var b) || edge.From == edge.To) continue;
            var (dx, dy) = (b.X - a.X, b.Y - a.Y);
            var length = Math.Max(1, Math.Sqrt(dx * dx + dy * dy));
            svg.Line(a.X + dx / length * 14, a.Y + dy / length * 14, b.X - dx / length * 14, b.Y - dy / length * 14, Palette.DarkGrey, 1.2, arrow: true);
        }
        foreach (var node in nodes)
        {
            var (x, y) = position[node.Address];
            var colour = resurrected.Contains(node.Address) ? Palette.Green
                : uncollectable.Contains(node.Address) ? Palette.Black
                : finalized.Contains(node.Address) ? Palette.Purple : Palette.Vermillion;
            svg.Raw($"<circle cx=\"{Svg.N(x)}\" cy=\"{Svg.N(y)}\" r=\"13\" fill=\"{colour}\"><title>{Svg.Escape($"{node.TypeName} at 0x{node.Address:x}")}</title></circle>");
            var labelX = x + (x >= cx ? 17 : -17);
            svg.Text(labelX, y + 4, node.TypeName, 11, x >= cx ? "start" : "end");
        }
        var legendY = graphTop + graphHeight + 30;
        var legend = new[] { ("collected", Palette.Vermillion), ("finalized, then collected", Palette.Purple), ("resurrected", Palette.Green), ("uncollectable", Palette.Black) };
        for (var i = 0; i < legend.Length; i++)
        {
            svg.Raw($"<circle cx=\"{Svg.N(16 + i * 170)}\" cy=\"{Svg.N(legendY - 4)}\" r=\"6\" fill=\"{legend[i].Item2}\"/>");
            svg.Text(26 + i * 170, legendY, legend[i].Item1, 12);
        }
        if (r.Unreachable.Count > MaxNodes) svg.Text(10, legendY + 16, $"{r.Unreachable.Count - MaxNodes} more unreachable objects not drawn", 11, fill: Palette.DarkGrey);
        return svg.ToString();
    }
}
