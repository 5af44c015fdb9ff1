using PyHeap.Runtime.Vm;

using ThreadState = PyHeap.Runtime.Vm.ThreadState;

namespace PyHeap.Runtime.Threading;

/// <summary>
/// The global interpreter lock (Python/ceval_gil.h: struct _gil_runtime_state): who holds it, how many times it
/// changed hands (switch_number) and when it last did. take_gil / drop_gil record every hand-over on the timeline.
/// </summary>
public sealed class Gil(GilTimeline timeline, Func<long> now)
{
    /// <summary>The thread holding the GIL (null while it is being handed over or everything is blocked).</summary>
    public ThreadState? Holder { get; private set; }

    /// <summary>The thread that held it last (to tell a hand-over from a re-acquire).</summary>
    public ThreadState? LastHolder { get; private set; }

    /// <summary>gil->switch_number: hand-overs to a different thread.</summary>
    public long SwitchNumber { get; private set; }

    /// <summary>When the GIL last changed hands (a waiter's interval restarts then, as take_gil's timed wait does).</summary>
    public long LastSwitchNs { get; private set; }

    public GilTimeline Timeline { get; } = timeline;

    /// <summary>take_gil: <paramref name="ts"/> now holds the GIL (cause: why the previous holder let go).</summary>
    internal void Take(ThreadState ts, GilCause cause)
    {
        var t = now();
        Holder = ts;
        ts.Status = ThreadStatus.Running;
        Timeline.Add(new GilEvent(t, GilEventKind.GilAcquired, ts.Id, LastHolder?.Id ?? 0, cause));
        if (LastHolder is not null && !ReferenceEquals(LastHolder, ts))
        {
            SwitchNumber++;
            LastSwitchNs = t;
            Timeline.Add(new GilEvent(t, GilEventKind.ThreadSwitched, ts.Id, LastHolder.Id, cause));
        }
        LastHolder = ts;
    }

    /// <summary>drop_gil: the holder lets go.</summary>
    internal void Drop(ThreadState ts, GilCause cause)
    {
        if (ReferenceEquals(Holder, ts)) Holder = null;
        Timeline.Add(new GilEvent(now(), GilEventKind.GilReleased, ts.Id, 0, cause));
    }
}
