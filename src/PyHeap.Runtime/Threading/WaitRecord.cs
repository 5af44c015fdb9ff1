using PyHeap.Runtime.Vm;

using ThreadState = PyHeap.Runtime.Vm.ThreadState;

namespace PyHeap.Runtime.Threading;

/// <summary>
/// A blocking call in progress on a thread: what it waits for, its deadline on the simulated clock, and the
/// instruction that made the call. A thread that released the GIL by unwinding to the scheduler re-executes that
/// instruction when it runs again; the blocking builtin recognises its own record and learns how the wait ended.
/// </summary>
public sealed class WaitRecord(IWaitable? on, long deadlineNs, Frame? frame, int lastI)
{
    public IWaitable? On { get; } = on;

    /// <summary>When the wait times out (long.MaxValue: never).</summary>
    public long DeadlineNs { get; } = deadlineNs;

    public Frame? Frame { get; } = frame;
    public int LastI { get; } = lastI;

    /// <summary>The deadline passed before the thing waited for happened.</summary>
    public bool TimedOut { get; internal set; }

    /// <summary>This record belongs to the call being made now on <paramref name="ts"/> (the same instruction re-executed).</summary>
    public bool Matches(ThreadState ts, IWaitable? on) =>
        ReferenceEquals(On, on) && ReferenceEquals(Frame, ts.Frame) && (Frame is null || Frame.LastI == LastI);
}
