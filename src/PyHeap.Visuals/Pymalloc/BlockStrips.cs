using PyHeap.Runtime.Memory;
using PyHeap.Visuals.Rendering;

namespace PyHeap.Visuals.Pymalloc;

/// <summary>
/// The block panel of the pymalloc map: a few pools drawn block by block (the pool holding the inspected object and
/// its arena's other pools in use, or else the head of each size class's usedpools ring — where the next request
/// of that class goes, Objects/obmalloc.c: pymalloc_alloc). A pool with few blocks gets one cell per block; a pool
/// with many wraps onto several lines and draws each run of equal blocks as one rectangle.
/// </summary>
internal sealed class BlockStrips
{
    public const int MaxPools = 6;
    private const double Left = 20;
    private const double StripWidth = 840;
    private const double BlockHeight = 10;
    private const double WideBlock = 6;

    private readonly PymallocMapSnapshot s;
    private readonly List<(ArenaSnapshot Arena, PoolSnapshot Pool)> pools;

    public BlockStrips(PymallocMapSnapshot snapshot)
    {
        s = snapshot;
        (pools, Candidates, Reason) = Select(snapshot);
    }

    /// <summary>How many pools qualified (more than <see cref="MaxPools"/> are not drawn, and the picture says so).</summary>
    public int Candidates { get; }

    public string Reason { get; }

    public IReadOnlyList<PoolSnapshot> Pools => pools.Select(p => p.Pool).ToList();

    public double Height => pools.Count == 0 ? 0 : 38 + pools.Sum(p => 18 + Lines(p.Pool.Blocks.Count) * (BlockHeight + 2)) + 4;

    private static (List<(ArenaSnapshot, PoolSnapshot)>, int, string) Select(PymallocMapSnapshot s)
    {
        static bool InUse(PoolSnapshot p) => p.State is PoolState.Used or PoolState.Full;
        var chosen = new List<(ArenaSnapshot, PoolSnapshot)>();
        if (s.Target is { Block: >= 0 } t)
        {
            var arena = s.Memory.Arenas[t.Arena];
            chosen.Add((arena, arena.Pools[t.Pool]));
            // Pools the program touched first: a pool holding only start-up blocks shows nothing of interest.
            static bool StartUpOnly(PoolSnapshot p) => p.Blocks.All(b => b is BlockState.StartUp or BlockState.NeverUsed);
            chosen.AddRange(arena.Pools.Where(p => p.Index != t.Pool && InUse(p)).OrderBy(StartUpOnly).Select(p => (arena, p)));
            return (chosen.Take(MaxPools).ToList(), chosen.Count, $"the pool holding {s.Expression} and the other pools in use of arena {arena.Index}");
        }
        foreach (var ring in s.Memory.UsedPools)
        {
            if (ring.Count == 0) continue;
            var at = PymallocMapSnapshot.Locate(s.Memory, s.Profile, ring[0] + s.Profile.PoolOverhead);
            if (at is not null) chosen.Add((s.Memory.Arenas[at.Arena], s.Memory.Arenas[at.Arena].Pools[at.Pool]));
        }
        if (chosen.Count > 0)
            return (chosen.Take(MaxPools).ToList(), chosen.Count, "the head of each size class's usedpools ring: where its next request is served");
        var first = s.Memory.Arenas.FirstOrDefault();
        if (first is not null) chosen.AddRange(first.Pools.Where(InUse).Select(p => (first, p)));
        return (chosen.Take(MaxPools).ToList(), chosen.Count, first is null ? "" : $"the pools in use of arena {first.Index}");
    }

    private static bool OneCellPerBlock(int blocks) => blocks * 8 <= StripWidth;

    private static int PerLine(int blocks) => OneCellPerBlock(blocks) ? blocks : (int)(StripWidth / WideBlock);

    private static int Lines(int blocks) => blocks == 0 ? 1 : (blocks + PerLine(blocks) - 1) / PerLine(blocks);

    public void Draw(Svg svg, double top)
    {
        if (pools.Count == 0) return;
        var more = Candidates - pools.Count;
        svg.Text(10, top + 14, $"Blocks of {pools.Count} pool{(pools.Count == 1 ? "" : "s")}: {Reason}" + (more > 0 ? $" ({more} more not drawn)" : ""), 12, weight: "bold");
        var x = 10.0;
        foreach (var state in new[] { BlockState.Used, BlockState.StartUp, BlockState.HeldByFreeList, BlockState.Free, BlockState.NeverUsed })
        {
            svg.Rect(x, top + 22, 12, 12, BlockColours.Fill(state), Palette.DarkGrey);
            var label = state switch
            {
                BlockState.Used => "used",
                BlockState.StartUp => "used since start-up",
                BlockState.HeldByFreeList => "held by a free list",
                BlockState.Free => "free (freeblock list)",
                _ => "never used",
            };
            svg.Text(x + 16, top + 32, label, 11);
            x += 30 + label.Length * 6.2;
        }
        var y = top + 38;
        foreach (var (arena, pool) in pools) y = DrawPool(svg, arena, pool, y);
    }

    private double DrawPool(Svg svg, ArenaSnapshot arena, PoolSnapshot pool, double y)
    {
        var counts = pool.Blocks.GroupBy(b => b).ToDictionary(g => g.Key, g => g.Count());
        int Count(BlockState b) => counts.TryGetValue(b, out var n) ? n : 0;
        var isTarget = s.Target is { } t && ReferenceEquals(s.Memory.Arenas[t.Arena], arena) && t.Pool == pool.Index;
        svg.Text(Left, y + 12,
            $"arena {arena.Index} · pool {pool.Index} at 0x{pool.Address:x} · size class {pool.SizeClass} ({pool.BlockSize}-byte blocks) · "
            + $"{Count(BlockState.Used)} used, {Count(BlockState.StartUp)} start-up, {Count(BlockState.HeldByFreeList)} held, {Count(BlockState.Free)} free, {Count(BlockState.NeverUsed)} never used of {pool.Blocks.Count}",
            11, weight: isTarget ? "bold" : "normal");
        y += 16;
        var n = pool.Blocks.Count;
        var perLine = PerLine(n);
        var single = OneCellPerBlock(n);
        var bw = single ? Math.Min(24, Math.Floor(StripWidth / Math.Max(1, n))) : WideBlock;
        for (var start = 0; start < n; start += perLine)
        {
            var end = Math.Min(n, start + perLine);
            var ly = y + (start / perLine) * (BlockHeight + 2);
            if (single)
            {
                for (var b = start; b < end; b++)
                    svg.Rect(Left + b * bw, ly, bw - 1, BlockHeight, BlockColours.Fill(pool.Blocks[b]), null,
                        $"block {b} at 0x{pool.BlockAddress(b, s.Profile):x}: {BlockColours.Describe(pool.Blocks[b])}");
                continue;
            }
            for (var b = start; b < end;)
            {
                var run = b;
                while (run < end && pool.Blocks[run] == pool.Blocks[b]) run++;
                svg.Rect(Left + (b - start) * bw, ly, (run - b) * bw, BlockHeight, BlockColours.Fill(pool.Blocks[b]), null,
                    $"blocks {b}–{run - 1}: {BlockColours.Describe(pool.Blocks[b])}");
                b = run;
            }
        }
        if (isTarget && s.Target!.Block >= 0)
        {
            var b = s.Target.Block;
            var bx = Left + (b % perLine) * bw;
            var by = y + (b / perLine) * (BlockHeight + 2);
            svg.Raw($"<rect x=\"{Svg.N(bx - 1.5)}\" y=\"{Svg.N(by - 1.5)}\" width=\"{Svg.N(bw + 2)}\" height=\"{Svg.N(BlockHeight + 3)}\" fill=\"none\" "
                + $"stroke=\"{Palette.Black}\" stroke-width=\"2.5\" class=\"target-block\"><title>{Svg.Escape($"{s.Expression}: block {b} at 0x{s.TargetAddress:x}")}</title></rect>");
        }
        return y + Lines(n) * (BlockHeight + 2) + 2;
    }
}
