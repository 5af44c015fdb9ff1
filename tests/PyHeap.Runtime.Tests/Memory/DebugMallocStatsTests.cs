using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using PyHeap.Runtime.Memory;

namespace PyHeap.Runtime.Tests.Memory;

public partial class DebugMallocStatsTests
{
    [GeneratedRegex(@"\d[\d,]*")]
    private static partial Regex Number();

    [GeneratedRegex(@"^ *\d+ +\d+ +\d+ +\d+ +\d+$")]
    private static partial Regex TableRow();

    private static string[] CapturedPython311([CallerFilePath] string here = "") =>
        File.ReadAllText(Path.Combine(Path.GetDirectoryName(here)!, "Fixtures", "debugmallocstats_python311.txt"))
            .Split('\n');

    /// <summary>The line shapes: numbers replaced, table rows (whose count varies) collapsed into one.</summary>
    private static List<string> Skeleton(IEnumerable<string> lines)
    {
        var result = new List<string>();
        foreach (var line in lines)
        {
            var shape = TableRow().IsMatch(line) ? "<row>" : Number().Replace(line, "N");
            shape = Regex.Replace(shape, " +", " ");
            if (shape == "<row>" && result.Count > 0 && result[^1] == "<row>") continue;
            result.Add(shape);
        }
        return result;
    }

    private static ObjectAllocator BusyAllocator()
    {
        var allocator = new ObjectAllocator(MemoryProfile.Python311);
        for (var i = 0; i < 20_000; i++) allocator.Malloc(1 + i % 512);
        for (var i = 0; i < 30; i++) allocator.FreeLists.TryPush(FreeListKind.Tuple, 2, allocator.Malloc(56));
        allocator.FreeLists.TryPush(FreeListKind.Float, 0, allocator.Malloc(24));
        return allocator;
    }

    [Fact]
    public void The_report_has_the_same_lines_as_cpython_311s_sys_debugmallocstats()
    {
        var allocator = BusyAllocator();
        var ours = DebugMallocStats.Format(allocator, DebugMallocStats.FreeListLines(allocator.FreeLists)).Split('\n');
        Assert.Equal(Skeleton(CapturedPython311()), Skeleton(ours));
    }

    [Fact]
    public void Every_line_has_cpython_311s_column_layout()
    {
        var python = CapturedPython311();
        var allocator = BusyAllocator();
        var ours = DebugMallocStats.Format(allocator, DebugMallocStats.FreeListLines(allocator.FreeLists)).Split('\n');
        var pythonRow = python.First(l => TableRow().IsMatch(l));
        foreach (var line in ours.Where(l => TableRow().IsMatch(l))) Assert.Equal(pythonRow.Length, line.Length);
        var pythonTotal = python.First(l => l.StartsWith("Total", StringComparison.Ordinal));
        foreach (var line in ours.Where(l => l.Contains('=', StringComparison.Ordinal) && !l.StartsWith("Small", StringComparison.Ordinal)))
        {
            var twin = python.First(l => Skeleton([l])[0] == Skeleton([line])[0]);
            Assert.Equal(twin.IndexOf('=', StringComparison.Ordinal), line.IndexOf('=', StringComparison.Ordinal));
            Assert.Equal(twin.Length, line.Length);
        }
        Assert.Equal(57, pythonTotal.Length);
    }

    [Fact]
    public void The_numbers_add_up_like_cpythons()
    {
        var allocator = BusyAllocator();
        var text = DebugMallocStats.Format(allocator);
        long Value(string label) => long.Parse(text.Split('\n').First(l => l.StartsWith(label, StringComparison.Ordinal))
            .Split('=')[1].Replace(",", "", StringComparison.Ordinal).Trim(), System.Globalization.CultureInfo.InvariantCulture);
        var arenas = allocator.ArenasCurrentlyAllocated;
        Assert.Contains($"{arenas} arenas * 1048576 bytes/arena     =", text, StringComparison.Ordinal);
        Assert.Equal(arenas * (1 << 20), Value("Total"));
        Assert.Equal(arenas * 16384, Value("# bytes lost to arena alignment"));
        Assert.Equal(allocator.Snapshot().BytesInUse, Value("# bytes in allocated blocks"));
        Assert.Equal(262_144, Value("# bytes lost to arena map root"));
        Assert.Equal(1, Value("# arena map mid nodes"));
        Assert.Contains("\n  30 free 2-sized PyTupleObjects * 40 bytes each =                1,200\n",
            DebugMallocStats.Format(allocator, DebugMallocStats.FreeListLines(allocator.FreeLists)), StringComparison.Ordinal);
    }

    [Fact]
    public void Classic_profile_reports_4_KiB_pools_and_no_arena_map()
    {
        var allocator = new ObjectAllocator(MemoryProfile.Classic);
        allocator.Malloc(16);
        var text = DebugMallocStats.Format(allocator);
        Assert.StartsWith("Small block threshold = 512, in 32 size classes.\n", text, StringComparison.Ordinal);
        Assert.Contains("    0     16           1               1           252\n", text, StringComparison.Ordinal);
        Assert.Contains("63 unused pools * 4096 bytes", text, StringComparison.Ordinal);
        Assert.Contains("1 arenas * 262144 bytes/arena", text, StringComparison.Ordinal);
        Assert.DoesNotContain("arena map", text, StringComparison.Ordinal);
    }
}
