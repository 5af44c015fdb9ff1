using PyHeap.Kernel;

namespace PyHeap.Kernel.Tests;

public sealed class GilViewTests : IDisposable
{
    private readonly KernelSession session = new();

    public void Dispose() => session.Dispose();

    private const string TwoSpinners = """
        import threading
        def spin(n):
            x = 0
            for i in range(n):
                x += i
        ts = [threading.Thread(target=spin, args=(100000,)) for k in range(2)]
        for t in ts: t.start()
        for t in ts: t.join()
        """;

    private (ExecuteResultLike Result, RecordingFrontend Frontend) Run(string code)
    {
        var frontend = new RecordingFrontend();
        var result = session.Execute(new ExecuteRequest(code), frontend);
        return (new ExecuteResultLike(result.Status, string.Join("\n", result.Traceback)), frontend);
    }

    private sealed record ExecuteResultLike(ExecuteStatus Status, string Traceback);

    [Fact]
    public void Gil_magic_shows_lanes_hand_overs_and_the_speed_up()
    {
        Assert.Equal(ExecuteStatus.Ok, Run(TwoSpinners).Result.Status);
        var (result, frontend) = Run("%gil");
        Assert.Equal(ExecuteStatus.Ok, result.Status);
        var bundle = Assert.Single(frontend.Displays);
        var text = bundle.Data["text/plain"]!.ToString();
        Assert.Contains("Thread-1 (spin) #2", text);
        Assert.Contains("switch interval expired", text);
        Assert.Contains("speed-up 1.00×", text);
        Assert.StartsWith("<svg", bundle.Data["image/svg+xml"]!.ToString());
        Assert.NotNull(bundle.Data["application/vnd.plotly.v1+json"]);
    }

    [Fact]
    public void Pyheap_gil_timeline_clear_starts_a_fresh_timeline()
    {
        Run(TwoSpinners);
        var (_, first) = Run("import pyheap\npyheap.gil_timeline(clear=True)");
        Assert.Contains("GIL hand-overs", Assert.Single(first.Displays).Data["text/plain"]!.ToString());
        var (_, second) = Run("pyheap.gil_timeline()");
        Assert.StartsWith("GIL timeline: no thread has been started yet", Assert.Single(second.Displays).Data["text/plain"]!.ToString());
    }

    [Fact]
    public void Nogil_unsafe_ends_in_a_memory_corruption_and_the_kernel_stays_usable()
    {
        var (on, onFrontend) = Run("%nogil unsafe 1");
        Assert.Equal(ExecuteStatus.Ok, on.Status);
        Assert.Contains("GIL OFF (seed 1)", onFrontend.Stdout);
        var (race, _) = Run("""
            import threading
            shared = []
            def worker():
                for i in range(2000):
                    x = shared
            threads = [threading.Thread(target=worker) for k in range(2)]
            for t in threads: t.start()
            for t in threads: t.join()
            """);
        Assert.Equal(ExecuteStatus.Error, race.Status);
        Assert.Contains("MemoryCorruption", race.Traceback);
        Assert.Contains("seed 1", race.Traceback);
        var (view, viewFrontend) = Run("%gil");
        Assert.Equal(ExecuteStatus.Ok, view.Status);
        var text = Assert.Single(viewFrontend.Displays).Data["text/plain"]!.ToString();
        Assert.Contains("✗ overwrote", text);
        Assert.Contains("preempted mid-update (no GIL)", text);
        var (after, afterFrontend) = Run("import sys, pyheap\nprint(sys.getrefcount(shared), pyheap.gil_enabled(), threading.active_count())");
        Assert.Equal(ExecuteStatus.Ok, after.Status);
        Assert.Equal("2 True 1\n", afterFrontend.Stdout);
    }

    [Fact]
    public void Bad_usage_is_a_usage_error()
    {
        Assert.Equal(ExecuteStatus.Error, Run("%nogil maybe").Result.Status);
        Assert.Equal(ExecuteStatus.Error, Run("%gil everything").Result.Status);
    }
}
