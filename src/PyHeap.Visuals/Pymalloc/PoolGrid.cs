using System.Text;
using PyHeap.Runtime.Memory;
using PyHeap.Visuals.Rendering;

namespace PyHeap.Visuals.Pymalloc;

/// <summary>
/// The overview of the pymalloc map: one row per arena, one cell per pool slot. A carved pool is coloured by its
/// size class; the solid part of its cell (from the bottom) is the share of its blocks in use, the pale part the
/// rest. Cells of one colour are drawn as one path and tooltips are per pool only while there are few pools, so a
/// 64-arena map stays a few hundred kilobytes.
/// </summary>
internal sealed class PoolGrid(PymallocMapSnapshot s, IReadOnlyDictionary<int, string> classColours)
{
    public const int MaxArenas = 64;
    private const int MaxPoolTooltips = 512;
    private const double Left = 92;

    private int MaxPools => Math.Max(1, s.Memory.Arenas.Count == 0 ? s.Profile.MaxPoolsInArena : s.Memory.Arenas.Max(a => a.Pools.Count));

    /// <summary>Distance between cells: at most 12 px, less when an arena has more pools than fit 900 px.</summary>
    public double Pitch => Math.Max(3, Math.Min(12, Math.Floor((PymallocMapView.Width - Left - 12) / MaxPools)));

    public int DrawnArenas => Math.Min(MaxArenas, s.Memory.Arenas.Count);

    public double Height => 16 + DrawnArenas * Pitch + (s.Memory.Arenas.Count > MaxArenas ? 18 : 0);

    public static string ColourOf(IReadOnlyDictionary<int, string> colours, int sizeClass) =>
        colours.TryGetValue(sizeClass, out var c) ? c : Palette.DarkGrey;

    public void Draw(Svg svg, double top)
    {
        var p = Pitch;
        var cell = p - 1;
        for (var i = 0; i < MaxPools; i += 8) svg.Text(Left + i * p, top + 10, i.ToString(), 11, fill: Palette.DarkGrey);
        top += 16;
        var paths = new Dictionary<string, StringBuilder>();
        var tooltips = new StringBuilder();
        var perPoolTips = DrawnArenas * MaxPools <= MaxPoolTooltips;
        for (var a = 0; a < DrawnArenas; a++)
        {
            var arena = s.Memory.Arenas[a];
            var y = top + a * p;
            var holdsTarget = s.Target?.Arena == a;
            svg.Text(10, y + cell - 1, (holdsTarget ? "▶ " : "") + $"arena {arena.Index}", 11, weight: holdsTarget ? "bold" : "normal");
            svg.Rect(Left - 1, y - 0.5, arena.Pools.Count * p + 1, p, "#ffffff", Palette.MidGrey);
            foreach (var pool in arena.Pools)
            {
                var x = Left + pool.Index * p;
                if (pool.State == PoolState.NeverInitialized) continue;
                if (pool.State == PoolState.Empty)
                {
                    Cell(paths, Palette.MidGrey, x, y, cell, cell);
                }
                else
                {
                    var colour = ColourOf(classColours, pool.SizeClass);
                    var filled = Math.Max(1, Math.Round(cell * pool.UsedBlocks / (double)pool.Blocks.Count));
                    if (filled < cell) Cell(paths, BlockColours.Tint(colour, 0.7), x, y, cell, cell - filled);
                    Cell(paths, colour, x, y + cell - filled, cell, filled);
                }
                if (perPoolTips) tooltips.Append(Tip(x, y, cell, cell, PoolTitle(arena, pool)));
            }
            if (!perPoolTips) tooltips.Append(Tip(Left, y, arena.Pools.Count * p, cell, ArenaTitle(arena)));
        }
        foreach (var (colour, d) in paths) svg.Raw($"<path d=\"{d}\" fill=\"{colour}\"/>");
        svg.Raw(tooltips.ToString());
        if (s.Target is { } t && t.Arena < DrawnArenas)
        {
            // The pool holding the inspected object: a thick black frame, drawn last so no cell covers it.
            svg.Raw($"<rect x=\"{Svg.N(Left + t.Pool * p - 1.5)}\" y=\"{Svg.N(top + t.Arena * p - 1.5)}\" width=\"{Svg.N(cell + 3)}\" "
                + $"height=\"{Svg.N(cell + 3)}\" fill=\"none\" stroke=\"{Palette.Black}\" stroke-width=\"2.5\" class=\"target-pool\"/>");
        }
        if (s.Memory.Arenas.Count > MaxArenas)
        {
            var more = s.Memory.Arenas.Count - MaxArenas;
            svg.Text(Left, top + DrawnArenas * p + 13, $"{more} more arena{(more == 1 ? "" : "s")} not drawn (the first {MaxArenas} of {s.Memory.Arenas.Count} are shown; the tables count all)", 11, fill: Palette.Vermillion);
        }
    }

    private static void Cell(Dictionary<string, StringBuilder> paths, string colour, double x, double y, double w, double h)
    {
        if (!paths.TryGetValue(colour, out var d)) paths[colour] = d = new StringBuilder();
        d.Append($"M{Svg.N(x)} {Svg.N(y)}h{Svg.N(w)}v{Svg.N(h)}h-{Svg.N(w)}z");
    }

    private static string Tip(double x, double y, double w, double h, string title) =>
        $"<rect x=\"{Svg.N(x)}\" y=\"{Svg.N(y)}\" width=\"{Svg.N(w)}\" height=\"{Svg.N(h)}\" fill=\"#fff\" fill-opacity=\"0\"><title>{Svg.Escape(title)}</title></rect>";

    private string PoolTitle(ArenaSnapshot arena, PoolSnapshot pool)
    {
        var head = $"arena {arena.Index}, pool {pool.Index} at 0x{pool.Address:x}: size class {pool.SizeClass} ({pool.BlockSize}-byte blocks)";
        if (pool.State == PoolState.Empty) return $"{head}, empty (in the arena's freepools)";
        var held = pool.Blocks.Count(b => b == BlockState.HeldByFreeList);
        return $"{head}, {pool.UsedBlocks} of {pool.Blocks.Count} blocks in use" + (held > 0 ? $" ({held} held by free lists)" : "")
            + (pool.State == PoolState.Full ? ", full" : "");
    }

    private static string ArenaTitle(ArenaSnapshot arena)
    {
        var full = arena.Pools.Count(p => p.State == PoolState.Full);
        var used = arena.Pools.Count(p => p.State == PoolState.Used);
        var empty = arena.Pools.Count(p => p.State == PoolState.Empty);
        var never = arena.Pools.Count(p => p.State == PoolState.NeverInitialized);
        return $"arena {arena.Index} at 0x{arena.Address:x}: {full} full, {used} partly used, {empty} empty and {never} not yet carved pools";
    }
}
