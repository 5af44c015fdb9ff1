using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

using ThreadState = PyHeap.Runtime.Vm.ThreadState;

namespace PyHeap.Runtime.Threading;

/// <summary>
/// The interpreter with its GIL switched off (<c>pyheap.set_gil(False, seed=N)</c>, <c>%nogil unsafe</c>): what
/// Include/object.h's Py_INCREF / Py_DECREF (<c>op->ob_refcnt++</c>, not atomic) do when two threads run at once.
/// Each update is a load, an add and a store; with probability <see cref="PreemptProbability"/> (drawn from a
/// seeded generator, so the same seed gives the same run) the thread is preempted between its add and its store,
/// and its store lands when it next runs — over whatever the other threads stored meanwhile. Threads also switch
/// every few instructions (<see cref="MaxSliceInstructions"/>) instead of every switch interval.
/// <para>
/// The simulator keeps, per object, how far the stored count is from the references that really exist, and stops
/// the program when that matters: the count reaches zero while references remain (use-after-free: the object is
/// not freed), every reference is gone but the count is not zero (leak), or the threads end with a count still off.
/// The main thread then gets <c>pyheap.MemoryCorruption</c>, the counts are repaired and the GIL is back on.
/// </para>
/// </summary>
public sealed class NoGil : IRefCountRace
{
    /// <summary>The chance that a thread is preempted between the add and the store of one refcount update.</summary>
    public const double PreemptProbability = 1.0 / 16;

    /// <summary>The longest a thread runs before another runnable thread gets the CPU (instructions).</summary>
    public const int MaxSliceInstructions = 40;

    /// <summary>How many steps the ring of recent load/add/store steps keeps.</summary>
    public const int StepCapacity = 4096;

    private readonly Interpreter interp;
    private readonly Random random;
    private readonly Dictionary<ThreadState, (PyObject Obj, long Loaded, int Delta)> pending = [];
    private readonly Dictionary<PyObject, long> errors = new(ReferenceEqualityComparer.Instance);
    private readonly RefCountStep[] steps = new RefCountStep[StepCapacity];
    private long seq;

    public NoGil(Interpreter interp, int seed)
    {
        this.interp = interp;
        Seed = seed;
        random = new Random(seed);
        NewSlice();
    }

    public int Seed { get; }

    /// <summary>Updates whose store overwrote another thread's update.</summary>
    public long LostUpdates { get; private set; }

    /// <summary>The corruption seen and not yet raised in the main thread.</summary>
    public MemoryCorruptionReport? Detected { get; private set; }

    /// <summary>How long the running thread may run before a waiter gets the CPU (redrawn at every hand-over).</summary>
    public long SliceNs { get; private set; }

    internal bool HasPending(ThreadState ts) => pending.ContainsKey(ts);

    internal bool WantsBreak => pending.Count > 0 || Detected is not null;

    internal void NewSlice() => SliceNs = random.Next(1, MaxSliceInstructions + 1) * CostModel.NanosecondsPerInstruction;

    public bool Intercept(PyObject obj, int delta)
    {
        if (!ReferenceEquals(Interpreter.CurrentOrNull, interp)) return false;
        if (interp.Threads.Count < 2 && pending.Count == 0 && errors.Count == 0) return false;
        var ts = interp.Thread;
        CompletePending(ts); // a thread's own updates land in program order
        var loaded = obj.RefCnt;
        Record(ts, RefCountStepKind.Load, obj, loaded);
        Record(ts, RefCountStepKind.Add, obj, loaded + delta);
        // A store that frees the object is never left pending (the free would run a finalizer in the scheduler).
        if (loaded + delta > 0 && OtherThreadReady(ts) && !Scheduler.InLibrary(ts) && random.NextDouble() < PreemptProbability)
        {
            pending[ts] = (obj, loaded, delta);
            interp.Scheduler.RequestBreak();
            return true;
        }
        Store(ts, obj, loaded, delta);
        return true;
    }

    /// <summary>The thread's preempted store lands now (it runs again, makes another update, or ends).</summary>
    internal void CompletePending(ThreadState ts)
    {
        if (!pending.Remove(ts, out var p)) return;
        Store(ts, p.Obj, p.Loaded, p.Delta);
    }

    private bool OtherThreadReady(ThreadState ts)
    {
        foreach (var t in interp.Threads)
            if (!ReferenceEquals(t, ts) && t.Status == ThreadStatus.Ready) return true;
        return false;
    }

    private void Store(ThreadState ts, PyObject obj, long loaded, int delta)
    {
        var before = obj.RefCnt;
        var stored = loaded + delta;
        var lost = before - loaded; // the net updates other threads stored since this thread's load
        Record(ts, RefCountStepKind.Store, obj, stored, lost);
        if (lost != 0)
        {
            LostUpdates += Math.Abs(lost);
            errors[obj] = errors.GetValueOrDefault(obj) - lost;
        }
        RefCounts.Store(obj, stored, delta);
        var error = errors.GetValueOrDefault(obj);
        var truth = TrueCount(obj, stored, error);
        if (stored <= 0 && truth > 0)
        {
            Detect(MemoryCorruptionKind.UseAfterFree, obj, stored, truth);
            Fix(obj, truth); // not freed: the references that remain stay valid
            return;
        }
        if (error != 0 && truth == 0 && stored > 0)
        {
            // Quarantined: kept alive (and reported) until the main thread raises, then freed by the repair.
            Detect(MemoryCorruptionKind.Leak, obj, stored, truth);
            return;
        }
        if (error != 0 && errors[obj] == 0) errors.Remove(obj);
        if (stored == 0) Heap.Deallocate(obj);
    }

    /// <summary>The references that exist: the stored count, minus the error lost updates made, plus stores still pending.</summary>
    private long TrueCount(PyObject obj, long stored, long error)
    {
        var truth = stored - error;
        foreach (var p in pending.Values)
            if (ReferenceEquals(p.Obj, obj)) truth += p.Delta;
        return truth;
    }

    /// <summary>Sets the count to the references that exist now, folding in other threads' pending stores on it.</summary>
    private void Fix(PyObject obj, long truth)
    {
        foreach (var ts in pending.Where(p => ReferenceEquals(p.Value.Obj, obj)).Select(p => p.Key).ToList()) pending.Remove(ts);
        errors.Remove(obj);
        RefCounts.Store(obj, truth, 0);
    }

    private void Detect(MemoryCorruptionKind kind, PyObject obj, long stored, long truth, bool atThreadsEnd = false)
    {
        if (Detected is not null) return;
        Detected = new MemoryCorruptionReport(kind, obj.Type.Name, obj.Address, stored, truth, Seed, LostUpdates, StepsOn(obj.Address), atThreadsEnd);
        interp.Scheduler.OnCorruption();
    }

    /// <summary>The threads have ended (only the main thread is left) with counts still off: report the first.</summary>
    internal void CheckAtThreadsEnd()
    {
        if (Detected is not null || errors.Count == 0) return;
        var (obj, error) = errors.First();
        Detect(error > 0 ? MemoryCorruptionKind.Leak : MemoryCorruptionKind.UseAfterFree, obj, obj.RefCnt, obj.RefCnt - error, atThreadsEnd: true);
    }

    /// <summary>After the stop: every pending store lands, and every corrupted count is set to the real number of references.</summary>
    internal void Repair()
    {
        foreach (var ts in pending.Keys.ToList()) CompletePending(ts);
        foreach (var (obj, error) in errors.ToList())
            if (!obj.IsFreed) RefCounts.Repair(obj, obj.RefCnt - error);
        errors.Clear();
    }

    private void Record(ThreadState ts, RefCountStepKind kind, PyObject obj, long value, long lost = 0)
    {
        steps[seq % StepCapacity] = new RefCountStep(seq, interp.Scheduler.Now, ts.Id, kind, obj.Address, value, lost);
        seq++;
    }

    /// <summary>
    /// The steps on the object at <paramref name="address"/> that show the last lost update: the store that overwrote
    /// another thread's update, the few steps before it (the other thread's update between the load and the store)
    /// and after it, in the order they ran.
    /// </summary>
    private List<RefCountStep> StepsOn(long address, int before = 9, int after = 3)
    {
        var count = (int)Math.Min(seq, StepCapacity);
        var mine = new List<RefCountStep>();
        for (var i = 0; i < count; i++)
        {
            var s = steps[(seq - count + i) % StepCapacity];
            if (s.Address == address) mine.Add(s);
        }
        var lost = mine.FindLastIndex(s => s.Lost != 0);
        if (lost < 0) return mine.TakeLast(before + after).ToList();
        var start = Math.Max(0, lost - before);
        return mine.Skip(start).Take(lost - start + 1 + after).ToList();
    }
}
