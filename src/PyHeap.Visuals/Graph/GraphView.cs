using System.Text;
using GraphShape;
using GraphShape.Algorithms.Layout;
using PyHeap.Visuals.Rendering;
using QuikGraph;

namespace PyHeap.Visuals.Graph;

/// <summary>
/// The object / cycle graph (<c>%graph EXPR…</c> / <c>pyheap.graph(*objs, depth=…)</c>): names as roots,
/// objects as boxes (type, short value, refcount, address), references as labelled arrows, each reference
/// cycle (strongly connected component) filled in its own colour. Layered layout by GraphShape's Sugiyama.
/// </summary>
public static class GraphView
{
    private const double NodeWidth = 150, NodeHeight = 46, Margin = 20, Top = 40;
    private static readonly string[] CycleColours = [Palette.Orange, Palette.SkyBlue, Palette.Yellow, Palette.Purple, Palette.Green];

    public static ViewBundle Render(GraphSnapshot g)
    {
        var positions = Layout(g);
        var compact = g.Nodes.Count > 150;
        var minX = positions.Values.Min(p => p.X);
        var minY = positions.Values.Min(p => p.Y);
        var width = Math.Max(640, positions.Values.Max(p => p.X) - minX + NodeWidth + 2 * Margin);
        var height = positions.Values.Max(p => p.Y) - minY + NodeHeight + Top + 60;
        var svg = new Svg(width, height);
        var cycles = g.Nodes.Where(n => n.Cycle >= 0).Select(n => n.Cycle).Distinct().Count();
        svg.Text(Margin, 20, $"{g.Nodes.Count(n => !n.IsName)} objects, {g.Edges.Count} references, {cycles} reference cycle(s)", 13, weight: "bold");
        (double X, double Y) Centre(string id) => (positions[id].X - minX + Margin + NodeWidth / 2, positions[id].Y - minY + Top + NodeHeight / 2);
        foreach (var e in g.Edges)
        {
            var (x1, y1) = Centre(e.From);
            var (x2, y2) = Centre(e.To);
            if (e.From == e.To)
            {
                svg.Path($"M {Svg.N(x1 + NodeWidth / 2)} {Svg.N(y1 - 8)} C {Svg.N(x1 + NodeWidth / 2 + 40)} {Svg.N(y1 - 40)}, {Svg.N(x1 + NodeWidth / 2 + 40)} {Svg.N(y1 + 40)}, {Svg.N(x1 + NodeWidth / 2)} {Svg.N(y1 + 8)}", Palette.DarkGrey, 1.2, arrow: true);
                svg.Text(x1 + NodeWidth / 2 + 44, y1 + 4, e.Label, 11, fill: Palette.DarkGrey);
                continue;
            }
            var (sx, sy) = Clip(x1, y1, x2, y2);
            var (ex, ey) = Clip(x2, y2, x1, y1);
            if (g.Edges.Any(r => r.From == e.To && r.To == e.From))
            {
                // Both directions exist (a two-object cycle): draw the pair side by side, not on one line.
                var length = Math.Max(1, Math.Sqrt((ex - sx) * (ex - sx) + (ey - sy) * (ey - sy)));
                var (ox, oy) = (-(ey - sy) / length * 6, (ex - sx) / length * 6);
                (sx, sy, ex, ey) = (sx + ox, sy + oy, ex + ox, ey + oy);
            }
            svg.Line(sx, sy, ex, ey, Palette.DarkGrey, 1.2, arrow: true);
            if (e.Label.Length > 0) svg.Text((sx + ex) / 2 + 4, (sy + ey) / 2 - 3, e.Label, 11, fill: Palette.Blue);
        }
        foreach (var n in g.Nodes)
        {
            var (cx, cy) = Centre(n.Id);
            var x = cx - NodeWidth / 2;
            var y = cy - NodeHeight / 2;
            if (n.IsName)
            {
                svg.Rect(x + 25, y + 10, NodeWidth - 50, NodeHeight - 20, Palette.LightGrey, Palette.DarkGrey, $"name {n.Repr}", 12);
                svg.Text(cx, cy + 4, n.Repr, 12, "middle", weight: "bold");
                continue;
            }
            var fill = n.Cycle >= 0 ? CycleColours[n.Cycle % CycleColours.Length] : "#ffffff";
            var title = $"{n.TypeName} at 0x{n.Address:x}, refcount {(n.Immortal ? "immortal" : n.RefCount.ToString())}{(n.Cycle >= 0 ? $", in cycle {n.Cycle + 1}" : "")}";
            svg.Rect(x, y, NodeWidth, NodeHeight, fill, n.Expanded || n.Immortal ? Palette.Black : Palette.MidGrey, title, 4);
            svg.Text(cx, y + 15, $"{n.TypeName}  rc={(n.Immortal ? "∞" : n.RefCount.ToString())}", 11, "middle", weight: "bold");
            svg.Text(cx, y + 29, n.Repr, 11, "middle");
            if (compact) continue; // big graphs keep the address in the tooltip only
            svg.Text(cx, y + 41, $"0x{n.Address:x}", 10, "middle", Palette.DarkGrey);
        }
        var notes = new List<string>();
        if (cycles > 0) notes.Add("coloured boxes: objects in a reference cycle (only the cyclic GC can free them)");
        if (g.Omitted > 0) notes.Add($"{g.Omitted} more objects not drawn (limit {g.NodeLimit})");
        notes.Add($"depth {g.Depth}; class pointers, and the insides of classes, functions, modules and immortal objects, not drawn");
        for (var i = 0; i < notes.Count; i++) svg.Text(Margin, height - 40 + 14 * i, notes[i], 11, fill: Palette.DarkGrey);
        var picture = svg.ToString();
        return new ViewBundle(Text(g), $"<div>{picture}</div>", picture);
    }

    private static string Text(GraphSnapshot g)
    {
        var names = g.Nodes.ToDictionary(n => n.Id, n => n.IsName ? n.Repr : $"{n.TypeName}@0x{n.Address:x}");
        var text = new StringBuilder();
        foreach (var n in g.Nodes.Where(n => !n.IsName))
            text.AppendLine($"{names[n.Id]}  {n.Repr}  refcount {(n.Immortal ? "immortal" : n.RefCount.ToString())}{(n.Cycle >= 0 ? $"  [cycle {n.Cycle + 1}]" : "")}");
        foreach (var e in g.Edges) text.AppendLine($"{names[e.From]} {(e.Label.Length == 0 ? "-->" : $"--{e.Label}-->")} {names[e.To]}");
        if (g.Omitted > 0) text.AppendLine($"… {g.Omitted} more objects not drawn (limit {g.NodeLimit})");
        return text.ToString().TrimEnd('\n');
    }

    /// <summary>Where the line from a box's centre towards (tx, ty) leaves the box.</summary>
    private static (double, double) Clip(double cx, double cy, double tx, double ty)
    {
        var (dx, dy) = (tx - cx, ty - cy);
        if (dx == 0 && dy == 0) return (cx, cy);
        var scale = Math.Min(dx == 0 ? double.MaxValue : NodeWidth / 2 / Math.Abs(dx), dy == 0 ? double.MaxValue : NodeHeight / 2 / Math.Abs(dy));
        return (cx + dx * scale, cy + dy * scale);
    }

    private static Dictionary<string, (double X, double Y)> Layout(GraphSnapshot g)
    {
        var graph = new BidirectionalGraph<string, Edge<string>>();
        graph.AddVertexRange(g.Nodes.Select(n => n.Id));
        foreach (var e in g.Edges.Where(e => e.From != e.To)) graph.AddEdge(new Edge<string>(e.From, e.To));
        var sizes = g.Nodes.ToDictionary(n => n.Id, _ => new Size(NodeWidth, NodeHeight));
        var algorithm = new SugiyamaLayoutAlgorithm<string, Edge<string>, BidirectionalGraph<string, Edge<string>>>(
            graph, sizes, new SugiyamaLayoutParameters { LayerGap = 50, SliceGap = 30 });
        algorithm.Compute();
        return g.Nodes.ToDictionary(n => n.Id, n => algorithm.VerticesPositions.TryGetValue(n.Id, out var p) ? (p.X, p.Y) : (0.0, 0.0));
    }
}
