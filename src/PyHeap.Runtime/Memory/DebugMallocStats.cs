using System.Globalization;
using System.Text;

namespace PyHeap.Runtime.Memory;

/// <summary>
/// Models Objects/obmalloc.c: _PyObject_DebugMallocStats — the pymalloc part of sys._debugmallocstats(), laid
/// out character for character like CPython's (printone's 35-column labels and 21-column comma-grouped numbers).
/// The object free-list lines that follow it in CPython are the runtime's: pass them as extra lines, ideally
/// built with <see cref="AllocatorStatsLine"/> or <see cref="FreeListLines"/>.
/// </summary>
public static class DebugMallocStats
{
    /// <summary>The report; <paramref name="extraLines"/> follow after a blank line, as in sys._debugmallocstats.</summary>
    public static string Format(ObjectAllocator allocator, IEnumerable<string>? extraLines = null)
    {
        var profile = allocator.Profile;
        var classes = profile.NumSizeClasses;
        var numPools = new long[classes];
        var numBlocks = new long[classes];
        var numFreeBlocks = new long[classes];
        allocator.Pymalloc.CollectStats(numPools, numBlocks, numFreeBlocks,
            out var numFreePools, out var arenaAlignment, out var narenas);

        var o = new StringBuilder();
        o.Append(CultureInfo.InvariantCulture,
            $"Small block threshold = {profile.SmallRequestThreshold}, in {classes} size classes.\n");
        o.Append('\n');
        o.Append("class   size   num pools   blocks in use  avail blocks\n");
        o.Append("-----   ----   ---------   -------------  ------------\n");
        long allocatedBytes = 0, availableBytes = 0, poolHeaderBytes = 0, quantization = 0;
        for (var i = 0; i < classes; i++)
        {
            if (numPools[i] == 0) continue;
            var size = profile.BlockSize(i);
            o.Append(CultureInfo.InvariantCulture,
                $"{i,5} {size,6} {numPools[i],11} {numBlocks[i],15} {numFreeBlocks[i],13}\n");
            allocatedBytes += numBlocks[i] * size;
            availableBytes += numFreeBlocks[i] * size;
            poolHeaderBytes += numPools[i] * profile.PoolOverhead;
            quantization += numPools[i] * ((profile.PoolSize - profile.PoolOverhead) % size);
        }
        o.Append('\n');
        PrintOne(o, "# arenas allocated total", allocator.ArenasAllocatedTotal);
        PrintOne(o, "# arenas reclaimed", allocator.ArenasAllocatedTotal - narenas);
        PrintOne(o, "# arenas highwater mark", allocator.ArenasHighwater);
        PrintOne(o, "# arenas allocated current", narenas);
        PrintOne(o, $"{narenas} arenas * {profile.ArenaSize} bytes/arena", narenas * profile.ArenaSize);
        o.Append('\n');
        var total = PrintOne(o, "# bytes in allocated blocks", allocatedBytes);
        total += PrintOne(o, "# bytes in available blocks", availableBytes);
        total += PrintOne(o, $"{numFreePools} unused pools * {profile.PoolSize} bytes", numFreePools * profile.PoolSize);
        total += PrintOne(o, "# bytes lost to pool headers", poolHeaderBytes);
        total += PrintOne(o, "# bytes lost to quantization", quantization);
        total += PrintOne(o, "# bytes lost to arena alignment", arenaAlignment);
        PrintOne(o, "Total", total);

        if (profile.UsesArenaMapRadixTree) AppendArenaMap(o, allocator);

        if (extraLines is not null)
        {
            o.Append('\n');
            foreach (var line in extraLines) o.Append(line).Append('\n');
        }
        return o.ToString();
    }

    /// <summary>Models Objects/obmalloc.c: _PyDebugAllocatorStats ("%48s " label, then printone).</summary>
    public static string AllocatorStatsLine(string blockName, long numBlocks, long sizeofBlock)
    {
        var label = string.Create(CultureInfo.InvariantCulture, $"{numBlocks} {blockName}s * {sizeofBlock} bytes each");
        var o = new StringBuilder();
        PrintOne(o, label.PadLeft(48) + " ", numBlocks * sizeofBlock);
        return o.ToString(0, o.Length - 1);
    }

    /// <summary>
    /// The free-list lines of CPython 3.11's _PyObject_DebugTypeStats (dicts, floats, lists, then tuples of
    /// each length), with 3.11's 64-bit object sizes (PyDictObject 48, PyFloatObject 24, PyListObject 40,
    /// PyTupleObject 24 + 8 per item; GC headers not counted, as in CPython).
    /// </summary>
    public static IEnumerable<string> FreeListLines(FreeLists freeLists)
    {
        yield return AllocatorStatsLine("free PyDictObject", freeLists.Count(FreeListKind.Dict), 48);
        yield return AllocatorStatsLine("free PyFloatObject", freeLists.Count(FreeListKind.Float), 24);
        yield return AllocatorStatsLine("free PyListObject", freeLists.Count(FreeListKind.List), 40);
        for (var n = 1; freeLists.Capacity(FreeListKind.Tuple, n) > 0; n++)
        {
            yield return AllocatorStatsLine(
                string.Create(CultureInfo.InvariantCulture, $"free {n}-sized PyTupleObject"),
                freeLists.Count(FreeListKind.Tuple, n), 24 + 8 * n);
        }
    }

    private static void AppendArenaMap(StringBuilder o, ObjectAllocator allocator)
    {
        var profile = allocator.Profile;
        var arenaBits = System.Numerics.BitOperations.Log2((uint)profile.ArenaSize);
        var interiorBits = (profile.PointerBits - arenaBits + 2) / 3;
        var botBits = profile.PointerBits - arenaBits - 2 * interiorBits;
        long pointerSize = profile.PointerBits / 8;
        var interiorNodeBytes = (1L << interiorBits) * pointerSize;
        var botNodeBytes = (1L << botBits) * 8; // arena_coverage_t: two int32
        var mid = allocator.Pymalloc.ArenaMapMidCount;
        var bot = allocator.Pymalloc.ArenaMapBotCount;
        o.Append("\narena map counts\n");
        PrintOne(o, "# arena map mid nodes", mid);
        PrintOne(o, "# arena map bot nodes", bot);
        o.Append('\n');
        var total = PrintOne(o, "# bytes lost to arena map root", interiorNodeBytes);
        total += PrintOne(o, "# bytes lost to arena map mid", interiorNodeBytes * mid);
        total += PrintOne(o, "# bytes lost to arena map bot", botNodeBytes * bot);
        PrintOne(o, "Total", total);
    }

    /// <summary>Models Objects/obmalloc.c: printone — label padded to 35 columns, '=', 21-column value with commas.</summary>
    private static long PrintOne(StringBuilder o, string message, long value)
    {
        o.Append(message);
        for (var i = message.Length; i < 35; i++) o.Append(' ');
        o.Append('=');
        o.Append(value.ToString("#,0", CultureInfo.InvariantCulture).PadLeft(21));
        o.Append('\n');
        return value;
    }
}
