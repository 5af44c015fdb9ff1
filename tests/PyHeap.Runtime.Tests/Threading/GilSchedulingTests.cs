using PyHeap.Runtime.Threading;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Tests.Threading;

/// <summary>The simulated GIL: determinism, hand-over causes, CPU-bound slow-down and the switch interval.</summary>
public sealed class GilSchedulingTests
{
    private const string CpuBound = """
        import threading
        def spin(n):
            x = 0
            for i in range(n):
                x += i
        ts = [threading.Thread(target=spin, args=(200000,)) for k in range(2)]
        for t in ts:
            t.start()
        for t in ts:
            t.join()
        """;

    private const string Serial = """
        def spin(n):
            x = 0
            for i in range(n):
                x += i
        spin(200000)
        spin(200000)
        """;

    private static (Interpreter Interp, string Stdout, string Stderr) Run(string source)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var interp = new Interpreter(new InterpreterOptions { TrackLiveObjects = true }) { Stdout = stdout, Stderr = stderr };
        var result = interp.Execute(source, "prog.py", interactive: false, TimeSpan.FromSeconds(60));
        interp.FinalizeMain();
        Assert.True(result.Ok, stderr.ToString());
        Assert.True(interp.Audit().Ok, interp.Audit().ToString());
        return (interp, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void TheTimelineIsIdenticalAcrossRuns()
    {
        var a = Run(CpuBound).Interp.Scheduler.Timeline.Snapshot();
        var b = Run(CpuBound).Interp.Scheduler.Timeline.Snapshot();
        Assert.NotEmpty(a);
        Assert.Equal(a, b);
    }

    [Fact]
    public void TwoCpuBoundThreadsTakeAtLeastAsLongAsSerialWork()
    {
        var threaded = Run(CpuBound).Interp.Scheduler.Now;
        var serial = Run(Serial).Interp.Scheduler.Now;
        Assert.True(threaded >= serial, $"threaded {threaded} ns < serial {serial} ns");
    }

    [Fact]
    public void SwitchesFollowTheSwitchInterval()
    {
        var interp = Run(CpuBound).Interp;
        var timeline = interp.Scheduler.Timeline;
        var intervalSwitches = timeline.Snapshot().Count(e => e.Kind == GilEventKind.ThreadSwitched && e.Cause == GilCause.IntervalExpired);
        // Both threads spin for most of the run: about one forced hand-over per interval.
        var expected = (double)interp.Scheduler.Now / CostModel.DefaultSwitchIntervalNs;
        Assert.InRange(intervalSwitches, expected * 0.5, expected * 1.5 + 2);
    }

    [Fact]
    public void AShorterIntervalGivesMoreSwitches()
    {
        var normal = Run(CpuBound).Interp.Scheduler.Timeline.Switches;
        var fast = Run("import sys\nsys.setswitchinterval(0.0005)\n" + CpuBound).Interp.Scheduler.Timeline.Switches;
        Assert.True(fast > normal * 5, $"{fast} vs {normal}");
    }

    [Fact]
    public void ABlockingSleepLetsTheOtherThreadRun()
    {
        var (interp, stdout, _) = Run("""
            import threading, time
            log = []
            def sleeper():
                log.append("sleeper starts")
                time.sleep(1.0)
                log.append("sleeper wakes")
            def worker():
                log.append("worker runs")
            a = threading.Thread(target=sleeper)
            b = threading.Thread(target=worker)
            a.start(); b.start()
            a.join(); b.join()
            print(log)
            """);
        Assert.Equal("['sleeper starts', 'worker runs', 'sleeper wakes']\n", stdout);
        Assert.Contains(interp.Scheduler.Timeline.Snapshot(), e => e.Kind == GilEventKind.GilReleased && e.Cause == GilCause.BlockingCall);
        Assert.True(interp.Scheduler.Now >= 1_000_000_000, "the sleep advanced the simulated clock by a second");
    }

    [Fact]
    public void SleepAdvancesOnlyTheSimulatedClock()
    {
        var started = DateTime.UtcNow;
        var (_, stdout, _) = Run("import time\nt = time.monotonic()\ntime.sleep(3600)\nprint(round(time.monotonic() - t))\n");
        Assert.Equal("3600\n", stdout);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(30));
    }

    [Fact]
    public void ADeadlockIsReportedInsteadOfHanging()
    {
        var stderr = new StringWriter { NewLine = "\n" };
        var interp = new Interpreter(new InterpreterOptions { TrackLiveObjects = true }) { Stderr = stderr };
        var result = interp.Execute("import threading\nl = threading.Lock()\nl.acquire()\nl.acquire()\n", "prog.py", false, TimeSpan.FromSeconds(30));
        Assert.False(result.Ok);
        Assert.Equal("RuntimeError", result.ErrorType);
        Assert.Contains("deadlock", stderr.ToString());
    }

    [Fact]
    public void ThreadEndAndHandOversAreRecordedWithCauses()
    {
        var events = Run(CpuBound).Interp.Scheduler.Timeline.Snapshot();
        Assert.Contains(events, e => e.Kind == GilEventKind.GilReleased && e.Cause == GilCause.ThreadEnd);
        Assert.Contains(events, e => e.Kind == GilEventKind.DropRequested);
        Assert.True(events.Zip(events.Skip(1)).All(p => p.First.TimeNs <= p.Second.TimeNs), "timestamps never go back");
    }
}
