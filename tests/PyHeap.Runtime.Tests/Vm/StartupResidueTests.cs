using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Tests.Vm;

/// <summary>The allocator starts where CPython 3.11's start-up leaves it (Memory/StartupResidue.cs).</summary>
public class StartupResidueTests
{
    private static string Stats(bool residue)
    {
        var (_, stderr, result, _) = Run.Code("import sys\nsys._debugmallocstats()\n", new InterpreterOptions { StartupResidue = residue });
        Assert.True(result.Ok, stderr);
        return stderr;
    }

    [Fact]
    public void At_start_there_are_four_arenas_and_cpythons_parked_free_list_objects()
    {
        var stats = Stats(residue: true);
        Assert.Contains("# arenas allocated current         =                    4", stats);
        // CPython parks 40 lists and 8 dicts; running the program has taken a few of them by now.
        Assert.Matches(@"\n +[34]\d free PyListObjects", stats);
        Assert.Matches(@"\n +[5-8] free PyDictObjects", stats);
        Assert.Contains("4 free PyFloatObjects", stats);
        Assert.Contains("8 free 2-sized PyTupleObjects", stats);
        Assert.Matches(@"\n    3     64          50           1257\d ", stats);
    }

    [Fact]
    public void Without_the_residue_the_heap_starts_almost_empty()
    {
        var stats = Stats(residue: false);
        Assert.Contains("# arenas allocated current         =                    1", stats);
        Assert.Contains(" 0 free PyListObjects", stats);
    }

    [Fact]
    public void The_first_full_collection_releases_the_start_up_lists_to_pymalloc()
    {
        var output = Run.Output(string.Join("\n",
            "import gc, sys",
            "a = [1]",
            "ia = id(a)",
            "del a",
            "gc.collect()",
            "b = [2]",
            "print(id(b) == ia)"));
        // The start-up lists freed after `a` sit on top of its block in the pool's free list.
        Assert.Equal("False\n", output);
    }
}
