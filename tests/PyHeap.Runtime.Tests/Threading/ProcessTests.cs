using PyHeap.Runtime.Diagnostics;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Tests.Threading;

/// <summary>
/// multiprocessing on simulated processes: parallel on the simulated CPUs, deterministic, arguments and results copied
/// between heaps, each child's heap audited when it exits and discarded.
/// </summary>
public sealed class ProcessTests
{
    private const string Timings = """
        import multiprocessing, threading, time

        def spin(n):
            x = 0
            for i in range(n):
                x += i
            return x

        if __name__ == "__main__":
            t0 = time.perf_counter_ns()
            spin(200000)
            spin(200000)
            serial = time.perf_counter_ns() - t0

            t0 = time.perf_counter_ns()
            ts = [threading.Thread(target=spin, args=(200000,)) for k in range(2)]
            for t in ts: t.start()
            for t in ts: t.join()
            threads = time.perf_counter_ns() - t0

            t0 = time.perf_counter_ns()
            ps = [multiprocessing.Process(target=spin, args=(200000,)) for k in range(2)]
            for p in ps: p.start()
            for p in ps: p.join()
            processes = time.perf_counter_ns() - t0

            with multiprocessing.Pool(2) as pool:
                t0 = time.perf_counter_ns()
                pool.map(spin, [200000, 200000], chunksize=1)
                pooled = time.perf_counter_ns() - t0
            print(serial, threads, processes, pooled)
        """;

    private sealed record Run(Interpreter Interp, string Stdout, string Stderr, List<AuditResult> ChildAudits, int ChildrenExited);

    private static Run Execute(string source)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var audits = new List<AuditResult>();
        var exited = 0;
        var interp = new Interpreter(new InterpreterOptions { TrackLiveObjects = true })
        {
            Stdout = stdout,
            Stderr = stderr,
            ChildExiting = child =>
            {
                exited++;
                audits.Add(HeapAudit.Run(child));
            },
        };
        var result = interp.Execute(source, "prog.py", interactive: false, TimeSpan.FromSeconds(60));
        Assert.True(result.Ok, stderr.ToString());
        interp.FinalizeMain();
        Assert.True(interp.Audit().Ok, interp.Audit().ToString());
        foreach (var a in audits) Assert.True(a.Ok, a.ToString());
        return new Run(interp, stdout.ToString(), stderr.ToString(), audits, exited);
    }

    [Fact]
    public void TwoCpuBoundProcessesTakeAboutHalfTheSerialTimeAndThreadsDoNot()
    {
        var times = Execute(Timings).Stdout.Split(' ').Select(long.Parse).ToArray();
        long serial = times[0], threads = times[1], processes = times[2], pooled = times[3];
        Assert.True(threads >= serial, $"threads {threads} ns < serial {serial} ns");
        var ratio = (double)processes / serial;
        Assert.InRange(ratio, 0.45, 0.6);
        Assert.InRange((double)pooled / serial, 0.45, 0.6);
    }

    [Fact]
    public void RunsAreDeterministic()
    {
        var a = Execute(Timings);
        var b = Execute(Timings);
        Assert.Equal(a.Stdout, b.Stdout);
        Assert.NotEmpty(a.Interp.Machine.Bursts);
        Assert.Equal(a.Interp.Machine.Bursts, b.Interp.Machine.Bursts);
        Assert.Equal(a.Interp.Scheduler.Timeline.Snapshot(), b.Interp.Scheduler.Timeline.Snapshot());
    }

    [Fact]
    public void ResultsAreCopiesAndEveryChildHeapIsAuditedAndDiscarded()
    {
        var run = Execute("""
            import multiprocessing
            data = [1, 2, 3]

            def get_data():
                return data

            def size():
                return len(data), data[-1]

            if __name__ == "__main__":
                with multiprocessing.Pool(1) as pool:
                    got = pool.apply(get_data)
                    got.append("parent")
                    print(got is data, got, data, pool.apply(size))
                p = multiprocessing.Process(target=size)
                p.start()
                p.join()
                print(p.exitcode)
            """);
        Assert.Equal("False [1, 2, 3, 'parent'] [1, 2, 3] (3, 3)\n0\n", run.Stdout);
        Assert.Equal(2, run.ChildrenExited); // the pool's worker and the Process
        Assert.All(run.ChildAudits, a => Assert.True(a.ObjectsChecked > 0));
        Assert.Equal(0, run.Interp.Machine.LiveChildren);
    }

    [Fact]
    public void AnUncaughtExceptionInAChildIsPrintedAndGivesExitCodeOne()
    {
        var run = Execute("""
            import multiprocessing
            def fail():
                raise ValueError("boom")
            if __name__ == "__main__":
                p = multiprocessing.Process(target=fail)
                p.start()
                p.join()
                print(p.exitcode)
            """);
        Assert.Equal("1\n", run.Stdout);
        Assert.StartsWith("Process Process-1:\nTraceback (most recent call last):\n  File \"/usr/lib/python3.11/multiprocessing/process.py\", line 314, in _bootstrap\n", run.Stderr);
        Assert.EndsWith("ValueError: boom\n", run.Stderr);
    }

    [Fact]
    public void ALambdaCannotBePickledForAPoolButForkRunsIt()
    {
        var run = Execute("""
            import multiprocessing
            if __name__ == "__main__":
                with multiprocessing.Pool(1) as pool:
                    try:
                        pool.map(lambda x: x, [1])
                    except Exception as e:
                        print(type(e).__name__, str(e).startswith("Can't pickle <function <lambda> at 0x"))
                p = multiprocessing.Process(target=lambda: print("child ran"))
                p.start()
                p.join()
                print(p.exitcode)
            """);
        Assert.Equal("PicklingError True\nchild ran\n0\n", run.Stdout);
    }
}
