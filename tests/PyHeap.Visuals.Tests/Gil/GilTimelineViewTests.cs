using PyHeap.Runtime.Threading;
using PyHeap.Visuals.Gil;

namespace PyHeap.Visuals.Tests.Gil;

public sealed class GilTimelineViewTests
{
    private static GilEvent E(long t, GilEventKind k, long id, GilCause c = GilCause.None, long other = 0) => new(t, k, id, other, c);

    /// <summary>Main starts thread 2, blocks in join; 2 runs 10 ms then ends: main waited, 2 ran.</summary>
    private static GilSnapshot TwoThreads(long dropped = 0, MemoryCorruptionReport? corruption = null) => new(
        [
            E(1000, GilEventKind.ThreadReady, 2, GilCause.ThreadStart),
            new GilEvent(2000, GilEventKind.ThreadBlocked, 1, 0, GilCause.BlockingCall) { Detail = "Thread.join()" },
            E(2000, GilEventKind.GilReleased, 1, GilCause.BlockingCall),
            E(2000, GilEventKind.GilAcquired, 2, GilCause.BlockingCall, 1),
            E(2000, GilEventKind.ThreadSwitched, 2, GilCause.BlockingCall, 1),
            E(10_002_000, GilEventKind.ThreadReady, 1, GilCause.Woken),
            E(10_002_000, GilEventKind.ThreadFinished, 2, GilCause.ThreadEnd),
            E(10_002_000, GilEventKind.GilReleased, 2, GilCause.ThreadEnd),
            E(10_002_000, GilEventKind.GilAcquired, 1, GilCause.ThreadEnd, 2),
            E(10_002_000, GilEventKind.ThreadSwitched, 1, GilCause.ThreadEnd, 2),
        ],
        new Dictionary<long, string> { [1] = "MainThread", [2] = "Thread-1 (spin)" }, 10_002_000, dropped, 20_000, 5_000_000, [1], null, corruption);

    [Fact]
    public void Lanes_split_each_threads_time_into_running_waiting_and_blocked()
    {
        var lanes = new GilLanes(TwoThreads());
        Assert.Equal([1L, 2L], lanes.Threads);
        var main = lanes.Totals[0];
        var worker = lanes.Totals[1];
        Assert.Equal(1000, main.RunningNs);
        Assert.Equal(10_000_000, main.BlockedNs);
        Assert.Equal(10_000_000, worker.RunningNs);
        Assert.Equal(1000, worker.WaitingNs);
        Assert.True(worker.Finished);
        Assert.Equal(2, lanes.HandOvers.Count);
        Assert.Equal(GilCause.BlockingCall, lanes.HandOvers[0].Cause);
        Assert.Contains(lanes.Segments, s => s.Detail == "Thread.join()" && s.State == GilLaneState.Blocked);
        Assert.Equal(1.0, lanes.SpeedUp, 3);
    }

    [Fact]
    public void The_bundle_has_text_html_svg_and_a_plotly_figure()
    {
        var bundle = GilTimelineView.Render(TwoThreads());
        Assert.Contains("2 GIL hand-overs (1 blocking call, 1 thread end)", bundle.Plain);
        Assert.Contains("speed-up 1.00×", bundle.Plain);
        Assert.Contains("MainThread #1", bundle.Plain);
        Assert.StartsWith("<svg", bundle.Svg);
        Assert.Contains("hand-over: blocking call", bundle.Svg);
        Assert.Contains("<table", bundle.Html);
        var data = bundle.Plotly!["data"]!.AsArray();
        Assert.Contains(data, t => t!["name"]!.ToString() == "running");
        Assert.Contains(data, t => t!["x"]!.AsArray().Any(v => v is null)); // segments are separate pieces
    }

    [Fact]
    public void Dropped_events_are_stated_on_the_picture()
    {
        var bundle = GilTimelineView.Render(TwoThreads(dropped: 1234));
        Assert.Contains("1234 older events dropped", bundle.Svg);
        Assert.Contains("1234 older events were dropped", bundle.Plain);
    }

    [Fact]
    public void A_corruption_shows_the_interleaving_that_lost_the_update()
    {
        var steps = new List<RefCountStep>
        {
            new(1, 0, 2, RefCountStepKind.Load, 0x10, 3), new(2, 0, 2, RefCountStepKind.Add, 0x10, 4),
            new(3, 0, 3, RefCountStepKind.Load, 0x10, 3), new(4, 0, 3, RefCountStepKind.Add, 0x10, 2), new(5, 0, 3, RefCountStepKind.Store, 0x10, 2),
            new(6, 0, 2, RefCountStepKind.Store, 0x10, 4, Lost: -1),
        };
        var report = new MemoryCorruptionReport(MemoryCorruptionKind.Leak, "list", 0x10, 4, 3, 7, 1, steps, AtThreadsEnd: true);
        var bundle = GilTimelineView.Render(TwoThreads(corruption: report));
        Assert.Contains("store 4  ✗ overwrote 1 update", bundle.Plain);
        Assert.Contains("pyheap.MemoryCorruption", bundle.Svg);
        Assert.Contains("seed 7", bundle.Plain);
    }

    [Fact]
    public void No_threads_yet_says_so()
    {
        var empty = new GilSnapshot([], new Dictionary<long, string>(), 500, 0, 20_000, 5_000_000, [1], null, null);
        Assert.StartsWith("GIL timeline: no thread has been started yet", GilTimelineView.Render(empty).Plain);
    }
}
