using PyHeap.Runtime.Threading;

namespace PyHeap.Visuals.Gil;

/// <summary>
/// Turns the GIL timeline's events into one lane per thread (segments of running / waiting / blocked / finished),
/// the hand-overs with their causes, and each thread's totals. The window runs from the first recorded event to
/// the last one when only the main thread is left (or to now while other threads live).
/// </summary>
public sealed class GilLanes
{
    private readonly Dictionary<long, (GilLaneState State, long Since, string? Detail)> current = [];
    private readonly List<GilSegment> segments = [];

    public GilLanes(GilSnapshot s)
    {
        var events = s.Events;
        StartNs = events.Count == 0 ? s.NowNs : events[0].TimeNs;
        var othersAlive = s.AliveThreads.Any(id => id != 1);
        EndNs = events.Count == 0 || othersAlive ? s.NowNs : Math.Max(StartNs, events[^1].TimeNs);
        foreach (var e in events) Apply(e);
        foreach (var (id, (state, since, detail)) in current)
            if (EndNs > since) segments.Add(new GilSegment(id, state, since, EndNs, detail));
        Segments = segments.OrderBy(x => x.StartNs).ToList();
        Threads = ThreadOrder(events);
        Totals = Threads.Select(id => new GilThreadTotals(id, s.NameOf(id),
            Sum(id, GilLaneState.Running), Sum(id, GilLaneState.Waiting), Sum(id, GilLaneState.Blocked),
            current.TryGetValue(id, out var c) && c.State == GilLaneState.Finished)).ToList();
    }

    public long StartNs { get; }
    public long EndNs { get; }
    public IReadOnlyList<long> Threads { get; }
    public IReadOnlyList<GilSegment> Segments { get; }
    public List<GilHandOver> HandOvers { get; } = [];
    public IReadOnlyList<GilThreadTotals> Totals { get; }

    /// <summary>Simulated time when no thread could run (the clock jumped to the next deadline).</summary>
    public long IdleNs { get; private set; }

    /// <summary>The window's length: what the threads took, start to end.</summary>
    public long WallNs => EndNs - StartNs;

    /// <summary>Bytecode executed by all threads together: what running the same work one after the other would take.</summary>
    public long CpuNs => Totals.Sum(t => t.RunningNs);

    /// <summary>CpuNs / WallNs: above 1 the threads overlapped usefully (only blocking calls can do that under a GIL).</summary>
    public double SpeedUp => WallNs == 0 ? 1 : (double)CpuNs / WallNs;

    private long Sum(long id, GilLaneState state) =>
        Segments.Where(x => x.ThreadId == id && x.State == state).Sum(x => x.LengthNs);

    private void Apply(GilEvent e)
    {
        switch (e.Kind)
        {
            case GilEventKind.ThreadReady:
                Enter(e.ThreadId, GilLaneState.Waiting, e.TimeNs, e.Cause == GilCause.ThreadStart ? null : Before(e));
                break;
            case GilEventKind.GilAcquired:
                Enter(e.ThreadId, GilLaneState.Running, e.TimeNs, GilLaneState.Waiting);
                break;
            case GilEventKind.GilReleased:
                if (!current.TryGetValue(e.ThreadId, out var c) || c.State == GilLaneState.Running)
                    Enter(e.ThreadId, GilLaneState.Waiting, e.TimeNs, GilLaneState.Running);
                break;
            case GilEventKind.ThreadBlocked:
                Enter(e.ThreadId, GilLaneState.Blocked, e.TimeNs, GilLaneState.Running, e.Detail);
                break;
            case GilEventKind.ThreadFinished:
                Enter(e.ThreadId, GilLaneState.Finished, e.TimeNs, GilLaneState.Running);
                break;
            case GilEventKind.ThreadSwitched:
                HandOvers.Add(new GilHandOver(e.TimeNs, e.OtherThreadId, e.ThreadId, e.Cause));
                break;
            case GilEventKind.Idle:
                IdleNs += e.OtherThreadId;
                break;
        }
    }

    /// <summary>What a thread was doing before its first recorded event (older events may have been dropped).</summary>
    private static GilLaneState? Before(GilEvent e) =>
        e.Cause is GilCause.Woken or GilCause.Timeout ? GilLaneState.Blocked : GilLaneState.Running;

    private void Enter(long id, GilLaneState state, long t, GilLaneState? before, string? detail = null)
    {
        if (current.TryGetValue(id, out var c))
        {
            if (c.State == state) return;
            if (t > c.Since) segments.Add(new GilSegment(id, c.State, c.Since, t, c.Detail));
        }
        else if (before is { } b && t > StartNs)
        {
            // The main thread ran before the first event; a thread seen mid-way was in the state its event implies.
            segments.Add(new GilSegment(id, b, StartNs, t));
        }
        current[id] = (state, t, detail);
    }

    private static List<long> ThreadOrder(IReadOnlyList<GilEvent> events)
    {
        var order = new List<long>();
        foreach (var e in events)
            if (e.ThreadId != 0 && !order.Contains(e.ThreadId)) order.Add(e.ThreadId);
        order.Sort();
        return order;
    }
}
