using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Tests.Vm;

public class MemoryLimitTests
{
    [Fact]
    public void Allocating_past_the_heap_limit_raises_MemoryError_and_the_heap_stays_consistent()
    {
        var (stdout, stderr, result, interp) = Run.Code(string.Join("\n",
            "import pyheap",
            "pyheap.set_heap_limit(16 << 20)",
            "keep = []",
            "try:",
            "    while True:",
            "        keep.append([0] * 1000)",
            "except MemoryError as e:",
            "    print(type(e).__name__, len(keep) > 100)",
            "keep = None",
            "print(sum(range(10)), pyheap.heap_limit())"), new InterpreterOptions { TrackLiveObjects = true });
        Assert.True(result.Ok, stderr);
        Assert.Equal("MemoryError True\n45 16777216\n", stdout);
        Assert.True(interp.Audit().Ok, interp.Audit().ToString());
    }

    [Fact]
    public void A_heap_limit_below_the_memory_in_use_is_a_ValueError()
    {
        var stdout = Run.Output(string.Join("\n",
            "import pyheap",
            "try:",
            "    pyheap.set_heap_limit(10)",
            "except ValueError as e:",
            "    print(str(e).startswith('heap limit 10 is below the memory in use'))"));
        Assert.Equal("True\n", stdout);
    }

    [Fact]
    public void Debugmallocstats_writes_the_size_class_table_and_the_free_lists_to_stderr()
    {
        var (_, stderr, result, _) = Run.Code("import sys\nx = [1, 2, 3]\nsys._debugmallocstats()\n");
        Assert.True(result.Ok, stderr);
        Assert.StartsWith("Small block threshold = 512, in 32 size classes.\n", stderr);
        Assert.Contains("class   size   num pools   blocks in use  avail blocks", stderr);
        Assert.Contains("# arenas allocated current         =                    4", stderr); // CPython 3.11 after start-up
        Assert.Contains("free PyListObjects", stderr);
    }
}
