using PyHeap.Kernel;

namespace PyHeap.Kernel.Tests;

public sealed class GcViewTests : IDisposable
{
    private readonly KernelSession session = new();

    public void Dispose() => session.Dispose();

    private RecordingFrontend Run(string code)
    {
        var frontend = new RecordingFrontend();
        var result = session.Execute(new ExecuteRequest(code), frontend);
        Assert.True(result.Status == ExecuteStatus.Ok, string.Join("\n", result.Traceback));
        return frontend;
    }

    private static DisplayBundle Shown(RecordingFrontend f) => Assert.Single(f.Displays);

    [Fact]
    public void Gc_magic_shows_counts_against_thresholds_and_the_collections_of_the_session()
    {
        Run("import gc\ngc.collect()\njunk = [[] for _ in range(800)]");
        var bundle = Shown(Run("%gc"));
        var text = bundle.Data["text/plain"]!.ToString();
        Assert.Matches(@"0\s+\d+ / 700", text);
        Assert.Contains("collections this session:", text);
        Assert.Contains("automatic", text);
        Assert.Contains("generation 2 (gc.collect())", text);
        Assert.NotNull(bundle.Data["application/vnd.plotly.v1+json"]);
        Assert.StartsWith("<svg", bundle.Data["image/svg+xml"]!.ToString());
    }

    [Fact]
    public void Gc_collect_reports_a_cycle_step_by_step()
    {
        Run("class Node:\n    def __del__(self):\n        pass\na, b = Node(), Node()\na.other, b.other = b, a\ndel a, b");
        var text = Shown(Run("%gc collect")).Data["text/plain"]!.ToString();
        Assert.Contains("collection of generation 2 (explicit)", text);
        Assert.Contains("unreachable: 2 (2 Node)", text);
        Assert.Contains("4. finalize_garbage (PEP 442): 2 finalizer(s) ran", text);
        Assert.Contains("6. delete_garbage (tp_clear breaks the cycles, refcounting frees them): 2 collected", text);
    }

    [Fact]
    public void Gc_collect_rejects_a_bad_generation()
    {
        var result = session.Execute(new ExecuteRequest("%gc collect 7"), new RecordingFrontend());
        Assert.Equal("UsageError", result.ErrorName);
    }

    [Fact]
    public void Pyheap_gc_stats_is_the_same_view()
    {
        Run("import pyheap");
        Assert.Contains("count / threshold", Shown(Run("pyheap.gc_stats()")).Data["text/plain"]!.ToString());
    }
}
