using System.Globalization;
using System.Text;
using PyHeap.Runtime.Memory;
using PyHeap.Visuals.Rendering;

namespace PyHeap.Visuals.Pymalloc;

/// <summary>
/// The pymalloc map (<c>%pymalloc [EXPR]</c> / <c>pyheap.pymalloc_map(obj)</c>): the arenas of Objects/obmalloc.c as
/// rows of pools coloured by size class and fullness, a few pools block by block (used, free, never used, held by a
/// free list), the arena, pool and block holding EXPR framed, and beside it the size-class table and arena totals
/// of sys._debugmallocstats(). The title names the active profile and its geometry.
/// </summary>
public static class PymallocMapView
{
    public const double Width = 880;

    /// <summary>Colours for at most this many size classes; the rest share grey.</summary>
    private const int ColouredClasses = 7;

    public static ViewBundle Render(PymallocMapSnapshot s)
    {
        var svg = Picture(s);
        var rows = s.SizeClasses.Select(r => (IReadOnlyList<string>)[Num(r.SizeClass), Num(r.BlockSize), Num(r.Pools), Num(r.BlocksInUse), Num(r.AvailableBlocks)]).ToList();
        string[] header = ["class", "size", "num pools", "blocks in use", "avail blocks"];
        bool[] right = [true, true, true, true, true];
        var totals = TotalLines(s.Totals, s.Profile);

        var plain = new StringBuilder();
        foreach (var line in HeaderLines(s)) plain.AppendLine(line);
        plain.AppendLine();
        plain.Append(HtmlTable.Text(header, rows, right));
        plain.AppendLine();
        foreach (var (label, value) in totals) plain.AppendLine($"{label,-35}={value,21}");
        plain.AppendLine();
        plain.AppendLine("pools: # full, + at least half used, o less than half used, - empty, . not yet carved");
        foreach (var arena in s.Memory.Arenas.Take(PoolGrid.MaxArenas)) plain.AppendLine(ArenaLine(arena));
        if (s.Memory.Arenas.Count > PoolGrid.MaxArenas) plain.AppendLine($"… {s.Memory.Arenas.Count - PoolGrid.MaxArenas} more arenas not listed");

        var html = new StringBuilder("<div style=\"display:flex;flex-wrap:wrap;gap:16px;align-items:flex-start\">");
        html.Append("<div>").Append(svg).Append("</div><div>");
        html.Append("<div style=\"font-family:sans-serif;font-size:13px;font-weight:bold;margin:4px 0\">Size classes (sys._debugmallocstats)</div>");
        html.Append(HtmlTable.Render(header, rows, right));
        html.Append("<div style=\"font-family:sans-serif;font-size:13px;font-weight:bold;margin:8px 0 4px\">Arena totals</div>");
        html.Append(HtmlTable.Render(["", "bytes / count"], totals.Select(t => (IReadOnlyList<string>)[t.Label, t.Value]), [false, true]));
        html.Append("</div></div>");
        return new ViewBundle(plain.ToString().TrimEnd('\n'), html.ToString(), svg);
    }

    /// <summary>Size classes in use, most pools first, to the palette's colours; the rest are grey.</summary>
    public static IReadOnlyDictionary<int, string> ClassColours(PymallocMapSnapshot s) =>
        s.Memory.Arenas.SelectMany(a => a.Pools).Where(p => p.State is PoolState.Used or PoolState.Full)
            .GroupBy(p => p.SizeClass).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Take(ColouredClasses)
            .Select((g, i) => (g.Key, Colour: Palette.Category(i))).ToDictionary(x => x.Key, x => x.Colour);

    private static IEnumerable<string> HeaderLines(PymallocMapSnapshot s)
    {
        var p = s.Profile;
        yield return $"pymalloc map — {p.Name} profile: {Bytes(p.ArenaSize)} arenas of {Bytes(p.PoolSize)} pools ({p.MaxPoolsInArena} per arena, "
            + $"{p.PoolOverhead}-byte pool header), {p.Alignment}-byte alignment, {p.NumSizeClasses} size classes up to {p.SmallRequestThreshold} bytes";
        var pools = s.Memory.Arenas.SelectMany(a => a.Pools).ToList();
        yield return $"{s.Memory.Arenas.Count} arena{(s.Memory.Arenas.Count == 1 ? "" : "s")} mapped; pools: "
            + $"{pools.Count(x => x.State == PoolState.Full)} full, {pools.Count(x => x.State == PoolState.Used)} partly used, "
            + $"{pools.Count(x => x.State == PoolState.Empty)} empty, {pools.Count(x => x.State == PoolState.NeverInitialized)} not yet carved";
        yield return $"{Num(s.Memory.BlocksInUse)} blocks allocated ({Num(s.Memory.FreeListBlocks)} of them held by free lists); "
            + $"the raw allocator (requests over {p.SmallRequestThreshold} bytes) holds {Num(s.Memory.RawBlocks)} blocks, {Num(s.Memory.RawBytes)} bytes";
        if (s.TargetDescription is null) yield break;
        if (s.Target is { } t)
        {
            var arena = s.Memory.Arenas[t.Arena];
            var pool = arena.Pools[t.Pool];
            yield return $"{s.Expression}: {s.TargetDescription} — arena {arena.Index}, pool {pool.Index} (size class {pool.SizeClass}, {pool.BlockSize}-byte blocks), block {t.Block}";
        }
        else
        {
            yield return $"{s.Expression}: {s.TargetDescription} — {s.TargetNote}";
        }
    }

    private static string Picture(PymallocMapSnapshot s)
    {
        var colours = ClassColours(s);
        var grid = new PoolGrid(s, colours);
        var strips = new BlockStrips(s);
        var header = HeaderLines(s).ToList();
        var legendRows = 1 + (colours.Count + 2) / 5;
        var headerHeight = 12 + 17 * header.Count;
        var height = headerHeight + 8 + 16 * legendRows + 10 + grid.Height + 8 + strips.Height + 24;
        var svg = new Svg(Width, height);
        svg.Raw(BlockColours.HatchDefinition);
        var y = 18.0;
        svg.Text(10, y, $"pymalloc map — {s.Profile.Name} profile", 14, weight: "bold");
        foreach (var line in PictureLines(header))
        {
            y += 17;
            svg.Text(10, y, line, 11, fill: line.StartsWith(s.Expression ?? "\0", StringComparison.Ordinal) ? Palette.Black : Palette.DarkGrey,
                weight: s.Expression is not null && line.StartsWith(s.Expression, StringComparison.Ordinal) ? "bold" : "normal");
        }
        y += 10;
        y = Legend(svg, colours, y);
        grid.Draw(svg, y + 4);
        y += 4 + grid.Height + 8;
        strips.Draw(svg, y);
        y += strips.Height;
        var t = s.Totals;
        svg.Text(10, y + 16, $"{t.ArenasCurrentlyAllocated} × {Bytes(s.Profile.ArenaSize)} mapped = {Num(t.ArenasCurrentlyAllocated * s.Profile.ArenaSize)} bytes: "
            + $"{Num(t.AllocatedBlockBytes)} in allocated blocks, {Num(t.AvailableBlockBytes)} available, {Num(t.UnusedPoolBytes)} in unused pools", 11, fill: Palette.DarkGrey);
        return svg.ToString();
    }

    /// <summary>The header lines for the picture: the title already names the profile, so the first line keeps its geometry.</summary>
    private static IEnumerable<string> PictureLines(IReadOnlyList<string> lines)
    {
        var first = lines[0];
        var colon = first.IndexOf(": ", StringComparison.Ordinal);
        yield return colon > 0 ? first[(colon + 2)..] : first;
        foreach (var line in lines.Skip(1)) yield return line.Length > 140 ? line[..139] + "…" : line;
    }

    private static double Legend(Svg svg, IReadOnlyDictionary<int, string> colours, double y)
    {
        var items = colours.OrderBy(c => c.Key).Select(c => (Colour: c.Value, Label: $"class {c.Key} ({(c.Key + 1) * 16} B)")).ToList();
        items.Add((Palette.DarkGrey, "other classes"));
        items.Add((Palette.MidGrey, "empty pool"));
        svg.Text(10, y + 10, "pool colour = size class; the solid part of a cell = its share of blocks in use; white = not yet carved", 11, fill: Palette.DarkGrey);
        y += 16;
        for (var i = 0; i < items.Count; i++)
        {
            var x = 10 + (i % 5) * 170;
            var ly = y + (i / 5) * 16;
            svg.Rect(x, ly + 1, 12, 12, items[i].Colour, Palette.DarkGrey);
            svg.Text(x + 16, ly + 11, items[i].Label, 11);
        }
        return y + 16 * ((items.Count + 4) / 5);
    }

    private static List<(string Label, string Value)> TotalLines(ArenaTotals t, MemoryProfile p) =>
    [
        ("# arenas allocated total", Num(t.ArenasAllocatedTotal)),
        ("# arenas reclaimed", Num(t.ArenasReclaimed)),
        ("# arenas highwater mark", Num(t.ArenasHighwater)),
        ("# arenas allocated current", Num(t.ArenasCurrentlyAllocated)),
        ($"{t.ArenasCurrentlyAllocated} arenas * {p.ArenaSize} bytes/arena", Num(t.ArenasCurrentlyAllocated * p.ArenaSize)),
        ("# bytes in allocated blocks", Num(t.AllocatedBlockBytes)),
        ("# bytes in available blocks", Num(t.AvailableBlockBytes)),
        ($"{t.UnusedPools} unused pools * {p.PoolSize} bytes", Num(t.UnusedPoolBytes)),
        ("# bytes lost to pool headers", Num(t.PoolHeaderBytes)),
        ("# bytes lost to quantization", Num(t.QuantizationBytes)),
        ("# bytes lost to arena alignment", Num(t.ArenaAlignmentBytes)),
        ("Total", Num(t.Total)),
    ];

    private static string ArenaLine(ArenaSnapshot arena)
    {
        var map = new StringBuilder();
        foreach (var pool in arena.Pools)
        {
            map.Append(pool.State switch
            {
                PoolState.NeverInitialized => '.',
                PoolState.Empty => '-',
                PoolState.Full => '#',
                _ => pool.UsedBlocks * 2 >= pool.Blocks.Count ? '+' : 'o',
            });
        }
        return $"arena {arena.Index,3} 0x{arena.Address:x}  {map}";
    }

    /// <summary>1 MiB, 16 KiB, or plain bytes.</summary>
    public static string Bytes(long n) =>
        n % (1 << 20) == 0 ? $"{n >> 20} MiB" : n % (1 << 10) == 0 ? $"{n >> 10} KiB" : $"{n} bytes";

    private static string Num(long n) => n.ToString("#,0", CultureInfo.InvariantCulture);
}
