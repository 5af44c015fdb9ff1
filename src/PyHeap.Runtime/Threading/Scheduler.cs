using PyHeap.Language.Compiling;
using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

using ThreadState = PyHeap.Runtime.Vm.ThreadState;

namespace PyHeap.Runtime.Threading;

/// <summary>
/// Runs an interpreter's simulated threads on one host thread, handing the GIL over as Python/ceval_gil.h does:
/// a thread that wants the GIL waits one switch interval (restarted whenever the GIL changes hands), then sets
/// gil_drop_request; the holder drops the GIL at its next eval-breaker check and, with FORCE_SWITCHING, the
/// requester (the longest waiter) gets it. A blocking call drops the GIL at once and the longest waiter takes it.
/// When nobody can run, the simulated clock jumps to the next deadline; when nobody ever can, that is a deadlock.
/// <para>
/// Mechanics: the main thread is never unwound (its host stack is the bottom one), so when it must let others run
/// it calls <see cref="RunUntilChosen"/>, a small driver that runs other threads' slices until the main thread is
/// chosen again. Another thread's slice is its frames resumed by a fresh turn of the loop; the thread leaves the
/// slice by throwing <see cref="ThreadSwitchSignal"/> from the eval breaker or a blocking call, which is only done
/// when nothing but that loop sits above the driver (<see cref="ThreadState.LoopNesting"/> = 1). Inside a native
/// re-entry (a __del__, a sort key, list(generator)) a thread is not switched at the eval breaker, and a blocking
/// call there runs a driver of its own (the thread is then pinned until that call returns).
/// </para>
/// </summary>
public sealed class Scheduler
{
    private readonly Interpreter interp;
    private long nextThreadId = 1;

    public Scheduler(Interpreter interp)
    {
        this.interp = interp;
        Gil = new Gil(Timeline, () => Now);
    }

    public GilTimeline Timeline { get; } = new();
    public Gil Gil { get; }

    /// <summary>Simulated nanoseconds spent idle (every thread blocked with a deadline ahead).</summary>
    public long IdleNs { get; private set; }

    /// <summary>The simulated clock (ns since the interpreter started): instructions executed × the cost model, plus idle time.</summary>
    public long Now => interp.InstructionCount * CostModel.NanosecondsPerInstruction + IdleNs;

    /// <summary>sys.setswitchinterval's value in whole microseconds, as _PyEval_SetSwitchInterval keeps it.</summary>
    public long SwitchIntervalMicroseconds { get; set; } = CostModel.DefaultSwitchIntervalNs / 1000;

    /// <summary>The interval a waiter actually waits (take_gil: at least 1 µs).</summary>
    public long SwitchIntervalNs => Math.Max(1, SwitchIntervalMicroseconds) * 1000;

    /// <summary>The instruction count at which the eval breaker must look at the scheduler (long.MaxValue: never).</summary>
    internal long NextCheckInstruction = long.MaxValue;

    /// <summary>Threads started with _thread.start_new_thread that have not finished (_thread._count()).</summary>
    public int StartedCount { get; private set; }

    /// <summary>Allocates a thread id (the main thread's is 1).</summary>
    internal long NewThreadId() => ++nextThreadId;

    /// <summary>_thread.start_new_thread: a new thread state that waits for the GIL; the caller keeps running.</summary>
    internal ThreadState Start(PyObject function, PyTuple args, PyDict? kwargs)
    {
        var ts = new ThreadState(interp, NewThreadId());
        RefCounts.IncRef(function);
        RefCounts.IncRef(args);
        if (kwargs is not null) RefCounts.IncRef(kwargs);
        ts.BootFunction = function;
        ts.BootArgs = args;
        ts.BootKwargs = kwargs;
        interp.Threads.Add(ts);
        StartedCount++;
        MakeReady(ts, Now, GilCause.ThreadStart);
        return ts;
    }

    /// <summary>A thread becomes runnable: it waits for the GIL from <paramref name="since"/>.</summary>
    private void MakeReady(ThreadState ts, long since, GilCause cause)
    {
        ts.Status = ThreadStatus.Ready;
        ts.ReadySince = since;
        Timeline.Add(new GilEvent(since, GilEventKind.ThreadReady, ts.Id, 0, cause));
        Recompute();
    }

    /// <summary>Wakes every thread blocked on <paramref name="on"/> (a lock was released).</summary>
    internal void WakeAll(IWaitable on)
    {
        if (on.Waiters.Count == 0) return;
        var now = Now;
        foreach (var ts in on.Waiters.ToArray())
        {
            if (ts.Status == ThreadStatus.Blocked) MakeReady(ts, now, GilCause.Woken);
        }
        on.Waiters.Clear();
    }

    /// <summary>Blocked threads whose deadline has passed become runnable (from their deadline, as an OS timer fires).</summary>
    private void FireTimers(long now)
    {
        foreach (var ts in interp.Threads)
        {
            if (ts.Status != ThreadStatus.Blocked || ts.Wait is not { } w || w.DeadlineNs > now) continue;
            w.TimedOut = true;
            w.On?.Waiters.Remove(ts);
            MakeReady(ts, w.DeadlineNs, GilCause.Timeout);
        }
    }

    /// <summary>When a waiter asks for the GIL: one interval after it started waiting or after the last hand-over.</summary>
    private long RequestTime(ThreadState ts) => Math.Max(ts.ReadySince, Gil.LastSwitchNs) + SwitchIntervalNs;

    /// <summary>Sets <see cref="NextCheckInstruction"/> from the earliest GIL request or deadline.</summary>
    private void Recompute()
    {
        var next = long.MaxValue;
        foreach (var ts in interp.Threads)
        {
            if (ts.Status == ThreadStatus.Ready) next = Math.Min(next, RequestTime(ts));
            else if (ts.Status == ThreadStatus.Blocked && ts.Wait is { } w) next = Math.Min(next, w.DeadlineNs);
        }
        if (next == long.MaxValue)
        {
            NextCheckInstruction = long.MaxValue;
            return;
        }
        var ns = Math.Max(0, next - IdleNs);
        NextCheckInstruction = (ns + CostModel.NanosecondsPerInstruction - 1) / CostModel.NanosecondsPerInstruction;
    }

    /// <summary>The thread may leave its slice by unwinding (nothing but its base loop above the driver).</summary>
    private bool CanUnwind(ThreadState ts) =>
        !ReferenceEquals(ts, interp.MainThread) && ts.Pinned == 0 && ts.LoopNesting == 1;

    /// <summary>
    /// The eval breaker found the clock past <see cref="NextCheckInstruction"/>: fire timers and, if a waiter's
    /// interval expired, drop the GIL for it (gil_drop_request; FORCE_SWITCHING hands it to the requester).
    /// </summary>
    internal void OnEvalBreaker(ThreadState ts)
    {
        var now = Now;
        FireTimers(now);
        ThreadState? requester = null;
        foreach (var t in interp.Threads)
        {
            if (t.Status == ThreadStatus.Ready && RequestTime(t) <= now && (requester is null || t.ReadySince < requester.ReadySince))
                requester = t;
        }
        if (requester is null || !(ReferenceEquals(ts, interp.MainThread) || CanUnwind(ts)))
        {
            // Inside a native re-entry a thread keeps the GIL until it is back in its own loop (a PyHeap simplification).
            Recompute();
            if (requester is not null) NextCheckInstruction = interp.InstructionCount + 1;
            return;
        }
        Timeline.Add(new GilEvent(now, GilEventKind.DropRequested, requester.Id, ts.Id, GilCause.IntervalExpired));
        Yield(ts, GilCause.IntervalExpired);
    }

    /// <summary>An interrupt is pending but this is not the main thread: hand the GIL over so the main thread gets it.</summary>
    internal void InterruptYield(ThreadState ts)
    {
        if (CanUnwind(ts)) Yield(ts, GilCause.None);
    }

    /// <summary>The running thread lets the others run (drop_gil then take_gil): it waits for the GIL like any other.</summary>
    internal void Yield(ThreadState ts, GilCause cause)
    {
        Gil.Drop(ts, cause);
        MakeReady(ts, Now, cause);
        if (CanUnwind(ts)) throw new ThreadSwitchSignal(retry: false);
        RunUntilChosen(ts, cause);
    }

    /// <summary>
    /// A blocking call on the running thread: waits until <paramref name="tryTake"/> succeeds (true) or the timeout
    /// (seconds; negative: none) passes (false). Releases the GIL while it waits, as Py_BEGIN_ALLOW_THREADS does.
    /// </summary>
    public bool WaitFor(IWaitable? on, Func<bool> tryTake, double timeoutSeconds)
    {
        var ts = interp.Thread;
        var w = ts.Wait;
        if (w is not null && !w.Matches(ts, on)) w = null;
        ts.Wait = null;
        while (true)
        {
            if (tryTake()) return true;
            if (w is { TimedOut: true }) return false;
            if (w is null)
            {
                var deadline = timeoutSeconds < 0 ? long.MaxValue : Now + (long)Math.Round(timeoutSeconds * 1e9);
                w = new WaitRecord(on, deadline, ts.Frame, ts.Frame?.LastI ?? -1);
            }
            Block(ts, w);
        }
    }

    /// <summary>Drops the GIL and waits; returns once the thread holds the GIL again (or unwinds to retry the call).</summary>
    private void Block(ThreadState ts, WaitRecord w)
    {
        ts.Status = ThreadStatus.Blocked;
        ts.Wait = w;
        w.On?.Waiters.Add(ts);
        Timeline.Add(new GilEvent(Now, GilEventKind.ThreadBlocked, ts.Id, 0, GilCause.BlockingCall));
        Gil.Drop(ts, GilCause.BlockingCall);
        Recompute();
        if (CanUnwind(ts) && RetrySafe(ts)) throw new ThreadSwitchSignal(retry: true);
        RunUntilChosen(ts, GilCause.BlockingCall);
        ts.Wait = null;
    }

    /// <summary>The blocking builtin was called straight from an instruction that can simply be executed again.</summary>
    private static bool RetrySafe(ThreadState ts) =>
        ts.Frame is { } f && f.Code.Instructions[f.LastI].Op is OpCode.CALL or OpCode.CALL_FUNCTION_EX or OpCode.BEFORE_WITH;

    /// <summary>
    /// The driver: <paramref name="self"/> (which has dropped the GIL) runs other threads' slices until it is the one
    /// chosen to take the GIL. Only threads whose host stacks are not held below can be run from here.
    /// </summary>
    private void RunUntilChosen(ThreadState self, GilCause cause)
    {
        self.Pinned++;
        try
        {
            while (true)
            {
                if (ReferenceEquals(self, interp.MainThread) && interp.TakeInterrupt())
                {
                    if (self.Status == ThreadStatus.Blocked) self.Wait?.On?.Waiters.Remove(self);
                    Gil.Take(self, cause);
                    throw Errors.NoArgs(ExceptionTypes.KeyboardInterrupt);
                }
                var next = ChooseNext(self, cause);
                Gil.Take(next, cause);
                Recompute();
                if (ReferenceEquals(next, self)) return;
                RunSlice(next);
                cause = LastDropCause;
            }
        }
        finally
        {
            self.Pinned--;
            interp.Thread = self;
        }
    }

    private GilCause LastDropCause = GilCause.None;

    /// <summary>
    /// take_gil's choice: the runnable thread that has waited longest (ties: lowest id); if none, the clock jumps to the
    /// next deadline. No runnable thread and no deadline: deadlock, reported in <paramref name="self"/>.
    /// </summary>
    private ThreadState ChooseNext(ThreadState self, GilCause cause)
    {
        while (true)
        {
            var now = Now;
            FireTimers(now);
            ThreadState? best = null;
            var pinnedReady = false;
            foreach (var t in interp.Threads)
            {
                if (t.Status != ThreadStatus.Ready) continue;
                if (!ReferenceEquals(t, self) && t.Pinned > 0)
                {
                    pinnedReady = true;
                    continue;
                }
                if (best is null || t.ReadySince < best.ReadySince) best = t;
            }
            if (best is not null) return best;
            var deadline = long.MaxValue;
            foreach (var t in interp.Threads)
                if (t.Status == ThreadStatus.Blocked && t.Wait is { } w) deadline = Math.Min(deadline, w.DeadlineNs);
            if (deadline != long.MaxValue)
            {
                Timeline.Add(new GilEvent(now, GilEventKind.Idle, 0, deadline - now, GilCause.None));
                IdleNs += deadline - now;
                continue;
            }
            if (self.Status == ThreadStatus.Blocked) self.Wait?.On?.Waiters.Remove(self);
            self.Wait = null;
            Gil.Take(self, cause);
            throw pinnedReady
                ? Errors.RuntimeError("PyHeap: a thread that waits inside a call made from native code cannot be resumed " +
                    "while another thread blocks inside one too (a PyHeap limitation)")
                : Errors.RuntimeError("PyHeap: deadlock: every thread is blocked and no timeout is pending");
        }
    }

    /// <summary>Runs <paramref name="ts"/> (which holds the GIL) until it drops the GIL or finishes.</summary>
    private void RunSlice(ThreadState ts)
    {
        var previous = interp.Thread;
        interp.Thread = ts;
        try
        {
            PyObject result;
            if (!ts.Started)
            {
                ts.Started = true;
                result = interp.CallWithTupleAndDict(ts.BootFunction!, ts.BootArgs!, ts.BootKwargs);
            }
            else
            {
                result = interp.Resume(ts.Frame!);
            }
            RefCounts.DecRef(result);
            Finish(ts);
        }
        catch (ThreadSwitchSignal signal)
        {
            if (signal.Retry && ts.Frame is { } f) f.Pc = f.LastI;
            LastDropCause = signal.Retry ? GilCause.BlockingCall : GilCause.IntervalExpired;
        }
        catch (PyException e)
        {
            // thread_run: SystemExit ends the thread quietly; anything else is unraisable.
            if (e.Value.Type.IsSubtypeOf(ExceptionTypes.SystemExit)) RefCounts.DecRef(e.Value);
            else interp.WriteUnraisable(e.Value, ts.BootFunction!, "in thread started by");
            Finish(ts);
        }
        finally
        {
            interp.Thread = previous;
        }
    }

    /// <summary>
    /// The end of thread_run: the bootstate's references go (func, args, kwargs), then PyThreadState_Clear (the
    /// thread's dict), then the thread state's deletion releases the sentinel lock (waking join()), then drop_gil.
    /// </summary>
    private void Finish(ThreadState ts)
    {
        PyObject? f = ts.BootFunction, a = ts.BootArgs, k = ts.BootKwargs;
        ts.BootFunction = null;
        ts.BootArgs = null;
        ts.BootKwargs = null;
        RefCounts.XDecRef(f);
        RefCounts.XDecRef(a);
        RefCounts.XDecRef(k);
        StartedCount--;
        if (ts.Dict is { } d)
        {
            ts.Dict = null;
            RefCounts.DecRef(d);
        }
        if (ts.Sentinel is { IsFreed: false, Locked: true } sentinel) sentinel.Release(this);
        ts.Sentinel = null;
        ts.Status = ThreadStatus.Finished;
        Timeline.Add(new GilEvent(Now, GilEventKind.ThreadFinished, ts.Id, 0, GilCause.ThreadEnd));
        Gil.Drop(ts, GilCause.ThreadEnd);
        interp.Threads.Remove(ts);
        LastDropCause = GilCause.ThreadEnd;
        Recompute();
    }
}
