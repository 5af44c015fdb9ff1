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

    /// <summary>Thread names by id, as threading.Thread reported them when each thread started (for the GIL view).</summary>
    public Dictionary<long, string> ThreadNames { get; } = new() { [1] = "MainThread" };

    /// <summary>Set while the GIL is switched off (pyheap.set_gil(False)); null: the GIL works as in CPython.</summary>
    public NoGil? NoGil { get; private set; }

    /// <summary>The last MemoryCorruption a run without the GIL ended with (the GIL view shows its interleaving).</summary>
    public MemoryCorruptionReport? LastCorruption { get; private set; }

    /// <summary>A corruption was seen: every thread but the main one is being ended (SystemExit at its next check).</summary>
    internal bool Stopping { get; private set; }

    /// <summary>Switches the GIL off with a seeded interleaving (<paramref name="seed"/>), or back on (null).</summary>
    public void SetNoGil(int? seed)
    {
        if (NoGil is { } old)
        {
            if (ReferenceEquals(RefCounts.Race, old)) RefCounts.Race = null;
            NoGil = null;
            old.Repair(); // with the hook gone: pending stores land and corrupted counts are set right
        }
        if (seed is { } s)
        {
            NoGil = new NoGil(interp, s);
            RefCounts.Race = NoGil;
        }
        Recompute();
    }

    /// <summary>pyheap.set_gil / %nogil: the GIL back on, or off with a seeded interleaving (only while no other thread runs).</summary>
    public void SetGil(bool enabled, int seed)
    {
        if (!enabled && interp.Threads.Count > 1)
            throw Errors.RuntimeError("set_gil(False) needs every other thread to have finished first");
        SetNoGil(enabled ? null : seed);
    }

    /// <summary>The no-GIL model needs the eval breaker soon (a preempted store, or a corruption to stop for).</summary>
    internal void RequestBreak() => NextCheckInstruction = 0;

    /// <summary>NoGil saw a corruption: the threads are stopped and the main thread raises pyheap.MemoryCorruption.</summary>
    internal void OnCorruption()
    {
        Stopping = true;
        NextCheckInstruction = 0;
    }

    /// <summary>
    /// In the main thread, once every other thread has ended: the counts are repaired, the GIL comes back and the
    /// report becomes the exception (the kernel stays usable for the rest of the session).
    /// </summary>
    private PyException RaiseCorruption()
    {
        var ng = NoGil!;
        var report = ng.Detected!;
        SetNoGil(null);
        Stopping = false;
        LastCorruption = report;
        return Errors.New(MemoryCorruption.Type, report.Message);
    }

    /// <summary>While stopping: a non-main thread ends with SystemExit (quietly, as thread_run lets it) the first time it is asked.</summary>
    private void StopThread(ThreadState ts)
    {
        if (ReferenceEquals(ts, interp.MainThread) || ts.StopRequested) return;
        ts.StopRequested = true;
        throw Errors.NoArgs(ExceptionTypes.SystemExit);
    }

    /// <summary>While stopping: blocked threads become runnable, so they can end.</summary>
    private void WakeForStop()
    {
        foreach (var t in interp.Threads.ToArray())
        {
            if (ReferenceEquals(t, interp.MainThread) || t.Status != ThreadStatus.Blocked) continue;
            t.Wait?.On?.Waiters.Remove(t);
            MakeReady(t, Now, GilCause.Woken);
        }
    }

    /// <summary>Simulated nanoseconds spent idle (every thread blocked with a deadline ahead).</summary>
    public long IdleNs { get; private set; }

    /// <summary>The simulated clock (ns since the interpreter started): instructions executed × the cost model, plus idle time.</summary>
    public long Now => ClockOffsetNs + interp.InstructionCount * CostModel.NanosecondsPerInstruction + IdleNs;

    /// <summary>
    /// Where this interpreter's clock started: 0 for the top-level process; a forked child reads the machine's
    /// monotonic clock as its parent does (CLOCK_MONOTONIC is system-wide), so its clock is set to the time its
    /// work starts on its simulated CPU (Threading/SimulatedMachine.cs).
    /// </summary>
    private long ClockOffsetNs;

    /// <summary>Sets the clock so that <see cref="Now"/> reads <paramref name="nowNs"/> (a child process placed on a CPU).</summary>
    internal void SetClock(long nowNs)
    {
        ClockOffsetNs += nowNs - Now;
        Recompute();
    }

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
    private long RequestTime(ThreadState ts) => Math.Max(ts.ReadySince, Gil.LastSwitchNs) + (NoGil?.SliceNs ?? SwitchIntervalNs);

    /// <summary>Sets <see cref="NextCheckInstruction"/> from the earliest GIL request or deadline.</summary>
    private void Recompute()
    {
        var next = long.MaxValue;
        foreach (var ts in interp.Threads)
        {
            if (ts.Status == ThreadStatus.Ready) next = Math.Min(next, RequestTime(ts));
            else if (ts.Status == ThreadStatus.Blocked && ts.Wait is { } w) next = Math.Min(next, w.DeadlineNs);
        }
        if (Stopping || NoGil is { WantsBreak: true })
        {
            NextCheckInstruction = 0;
            return;
        }
        if (next == long.MaxValue)
        {
            NextCheckInstruction = long.MaxValue;
            return;
        }
        var ns = Math.Max(0, next - IdleNs - ClockOffsetNs);
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
        if (Stopping)
        {
            if (!ReferenceEquals(ts, interp.MainThread)) StopThread(ts);
            else if (NoGil is { Detected: not null }) Yield(ts, GilCause.None); // RunUntilChosen ends the others, then raises
        }
        else if (NoGil is { } ng && ng.HasPending(ts) && (ReferenceEquals(ts, interp.MainThread) || CanUnwind(ts)) && !InLibrary(ts))
        {
            // No GIL: the OS preempted the thread between the add and the store of a refcount update.
            Timeline.Add(new GilEvent(Now, GilEventKind.DropRequested, 0, ts.Id, GilCause.Preempted));
            Yield(ts, GilCause.Preempted);
            return;
        }
        var now = Now;
        FireTimers(now);
        ThreadState? requester = null;
        foreach (var t in interp.Threads)
        {
            if (t.Status == ThreadStatus.Ready && RequestTime(t) <= now && (requester is null || t.ReadySince < requester.ReadySince))
                requester = t;
        }
        if (requester is null || !(ReferenceEquals(ts, interp.MainThread) || CanUnwind(ts)) || (NoGil is not null && InLibrary(ts)))
        {
            // Inside a native re-entry a thread keeps the GIL until it is back in its own loop (a PyHeap simplification).
            Recompute();
            if (requester is not null) NextCheckInstruction = interp.InstructionCount + 1;
            return;
        }
        var why = NoGil is null ? GilCause.IntervalExpired : GilCause.TimeSlice;
        Timeline.Add(new GilEvent(now, GilEventKind.DropRequested, requester.Id, ts.Id, why));
        Yield(ts, why);
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
        yieldCause = cause;
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
        if (Stopping) StopThread(ts);
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

    /// <summary>
    /// A blocking call that ends at a known time on the simulated clock (waiting for a simulated child process):
    /// returns true once <paramref name="readyNs"/> has passed, false if <paramref name="timeoutSeconds"/> (negative:
    /// none) ran out first. Releases the GIL while it waits, like a wait on a process sentinel.
    /// </summary>
    public bool WaitUntil(IWaitable on, long readyNs, double timeoutSeconds)
    {
        var ts = interp.Thread;
        if (Stopping) StopThread(ts);
        var w = ts.Wait;
        if (w is not null && !w.Matches(ts, on)) w = null;
        ts.Wait = null;
        while (true)
        {
            if (Now >= readyNs) return true;
            if (w is { TimedOut: true }) return false;
            if (w is null)
            {
                var deadline = timeoutSeconds < 0 ? readyNs : Math.Min(readyNs, Now + (long)Math.Round(timeoutSeconds * 1e9));
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
        Timeline.Add(new GilEvent(Now, GilEventKind.ThreadBlocked, ts.Id, 0, GilCause.BlockingCall) { Detail = BlockingCallName(ts, w) });
        Gil.Drop(ts, GilCause.BlockingCall);
        Recompute();
        if (CanUnwind(ts) && RetrySafe(ts)) throw new ThreadSwitchSignal(retry: true);
        RunUntilChosen(ts, GilCause.BlockingCall);
        ts.Wait = null;
    }

    /// <summary>
    /// What the thread blocks in, for the GIL view: <c>time.sleep()</c> when it waits for no lock, else the outermost
    /// library function the user's code called (<c>Thread.join()</c>, <c>Queue.get()</c>), else a plain lock wait.
    /// </summary>
    private static string BlockingCallName(ThreadState ts, WaitRecord w)
    {
        if (w.On is null) return "time.sleep()";
        string? outermost = null;
        foreach (var f in ts.Frames)
        {
            if (!f.Code.Code.FileName.StartsWith(LibraryPrefix, StringComparison.Ordinal)) break;
            outermost = f.Code.Code.QualName;
        }
        return outermost is null ? "lock.acquire()" : outermost + "()";
    }

    /// <summary>
    /// The thread runs library code (threading, queue …). Without the GIL, PyHeap switches threads only in the user's
    /// own code: the library's locks stay consistent, so the run always gets to the user's race.
    /// </summary>
    internal static bool InLibrary(ThreadState ts) =>
        ts.Frame is { } f && f.Code.Code.FileName.StartsWith(LibraryPrefix, StringComparison.Ordinal);

    /// <summary>Where the Python-written modules say they live (Modules/PythonModules.cs).</summary>
    private const string LibraryPrefix = "/usr/lib/python3.11/";

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
                if (ReferenceEquals(self, interp.MainThread) && NoGil is { Detected: not null })
                {
                    WakeForStop();
                    if (interp.Threads.Count == 1)
                    {
                        if (self.Status == ThreadStatus.Blocked) self.Wait?.On?.Waiters.Remove(self);
                        self.Wait = null;
                        Gil.Take(self, cause);
                        interp.Thread = self;
                        throw RaiseCorruption();
                    }
                }
                if (ReferenceEquals(self, interp.MainThread) && interp.TakeInterrupt())
                {
                    if (self.Status == ThreadStatus.Blocked) self.Wait?.On?.Waiters.Remove(self);
                    Gil.Take(self, cause);
                    throw Errors.NoArgs(ExceptionTypes.KeyboardInterrupt);
                }
                var next = ChooseNext(self, cause);
                Gil.Take(next, cause);
                NoGil?.NewSlice();
                Recompute();
                if (ReferenceEquals(next, self))
                {
                    interp.Thread = self;
                    NoGil?.CompletePending(self);
                    return;
                }
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

    /// <summary>Why the thread that unwound last yielded (its hand-over's cause).</summary>
    private GilCause yieldCause = GilCause.IntervalExpired;

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
                // While stopping, the main thread lets every other thread run (and end) first.
                if (Stopping && ReferenceEquals(t, self) && ReferenceEquals(self, interp.MainThread) && interp.Threads.Count > 1
                    && interp.Threads.Any(o => !ReferenceEquals(o, self) && o.Status == ThreadStatus.Ready && o.Pinned == 0)) continue;
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
            NoGil?.CompletePending(ts);
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
            LastDropCause = signal.Retry ? GilCause.BlockingCall : yieldCause;
        }
        catch (PyException e)
        {
            // thread_run: SystemExit ends the thread quietly; anything else is unraisable.
            // Python code run from here (a __repr__, a __del__) must not switch threads: nothing could resume it.
            ts.Pinned++;
            try
            {
                if (e.Value.Type.IsSubtypeOf(ExceptionTypes.SystemExit)) RefCounts.DecRef(e.Value);
                else interp.WriteUnraisable(e.Value, ts.BootFunction!, "in thread started by");
            }
            finally
            {
                ts.Pinned--;
            }
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
        ts.Pinned++; // a __del__ run by the releases below must not switch threads (nothing could resume it)
        try
        {
            FinishPinned(ts);
        }
        finally
        {
            ts.Pinned--;
        }
    }

    private void FinishPinned(ThreadState ts)
    {
        NoGil?.CompletePending(ts);
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
        if (interp.Threads.Count == 1) NoGil?.CheckAtThreadsEnd();
        LastDropCause = GilCause.ThreadEnd;
        Recompute();
    }
}
