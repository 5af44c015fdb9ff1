using PyHeap.Runtime.Objects;

namespace PyHeap.Runtime.Gc;

/// <summary>
/// struct _gc_runtime_state: the three generations and the permanent one, the enabled and collecting flags,
/// the long-lived counters that guard full collections, debug flags, gc.garbage and gc.callbacks, and the
/// per-generation statistics. One per heap. Allocation, deallocation and tracking of GC objects report here.
/// </summary>
public sealed class GcState
{
    public const int NumGenerations = 3;

    private readonly Generation[] generations = [new(700), new(10), new(10)];
    private readonly GenerationStats[] stats = [new(), new(), new()];

    public GcState()
    {
        Collector = new Collector(this);
    }

    internal Collector Collector { get; }

    /// <summary>The interpreter side (finalizers, callbacks, stderr); null until the interpreter attaches.</summary>
    public IGcRuntime? Runtime { get; set; }

    public IReadOnlyList<Generation> Generations => generations;
    public Generation Permanent { get; } = new(0);
    public IReadOnlyList<GenerationStats> Stats => stats;

    /// <summary>gc.enable()/disable(): automatic collection only.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>A collection is running (no automatic or explicit collection starts inside it).</summary>
    public bool Collecting { get; internal set; }

    public long LongLivedTotal { get; internal set; }
    public long LongLivedPending { get; internal set; }

    public GcDebug Debug { get; set; }

    /// <summary>Pre-3.4 behaviour: <c>__del__</c> is a legacy finalizer (tp_del), so cycles holding one are
    /// uncollectable and end up in gc.garbage.</summary>
    public bool LegacyFinalizers { get; set; }

    /// <summary>gc.garbage (owned; made on first use).</summary>
    public PyList? Garbage { get; internal set; }

    /// <summary>gc.callbacks (owned; made on first use).</summary>
    public PyList? Callbacks { get; internal set; }

    /// <summary>Observes collections (GcStarted / GcFinished events); null costs one branch.</summary>
    public Action<CollectionReport>? CollectionObserver { get; set; }

    /// <summary>clear_freelists, run at the end of every full collection.</summary>
    public Action? ClearFreeLists { get; set; }

    /// <summary>Set by the interpreter: an exception is being raised, so no automatic collection (_PyErr_Occurred).</summary>
    public Func<bool>? ErrorOccurred { get; set; }

    public PyList GarbageList => Garbage ??= PyList.New();
    public PyList CallbackList => Callbacks ??= PyList.New();

    internal Generation Young => generations[0];

    /// <summary>Models _PyObject_GC_Link: a GC object was allocated (not taken from a free list).</summary>
    internal void Linked()
    {
        var g0 = generations[0];
        g0.Count++;
        if (g0.Count > g0.Threshold && Enabled && g0.Threshold != 0 && !Collecting && Runtime is not null
            && !(ErrorOccurred?.Invoke() ?? false))
        {
            Collecting = true;
            try
            {
                CollectGenerations();
            }
            finally
            {
                Collecting = false;
            }
        }
    }

    /// <summary>Models PyObject_GC_Del's count: a GC object's memory was released (not parked on a free list).</summary>
    internal void Deleted()
    {
        if (generations[0].Count > 0) generations[0].Count--;
    }

    /// <summary>_PyObject_GC_TRACK: links the object at the end of generation 0.</summary>
    public void Track(PyObject obj)
    {
        if (obj.GcNext is not null) return;
        GcList.Append(obj, generations[0].Head);
    }

    /// <summary>PyObject_GC_UnTrack (safe to call twice).</summary>
    public static void Untrack(PyObject obj)
    {
        if (obj.GcNext is not null) GcList.Remove(obj);
    }

    /// <summary>_PyObject_IS_GC: the type has GC support (static types are not GC objects).</summary>
    public static bool IsGc(PyObject obj) => obj.Type.IsGc && !(obj is PyType t && !t.IsHeapType) && !obj.IsImmortal;

    /// <summary>_PyObject_GC_MAY_BE_TRACKED: a GC object, except a tuple that is already untracked.</summary>
    public static bool MayBeTracked(PyObject obj)
    {
        if (!IsGc(obj)) return false;
        if (obj is PyTuple) return obj.GcNext is not null;
        return true;
    }

    /// <summary>Models gc_collect_generations: the oldest generation over its threshold, with the full-collection guard.</summary>
    private long CollectGenerations()
    {
        for (var i = NumGenerations - 1; i >= 0; i--)
        {
            if (generations[i].Count > generations[i].Threshold)
            {
                if (i == NumGenerations - 1 && LongLivedPending < LongLivedTotal / 4) continue;
                return CollectWithCallback(i, automatic: true);
            }
        }
        return 0;
    }

    /// <summary>gc.collect(generation): 0 when a collection is already running.</summary>
    public long Collect(int generation)
    {
        if (Collecting) return 0;
        Collecting = true;
        try
        {
            return CollectWithCallback(generation, automatic: false);
        }
        finally
        {
            Collecting = false;
        }
    }

    /// <summary>_PyGC_CollectNoFail (interpreter shutdown): a full collection without callbacks, even when disabled.</summary>
    public long CollectNoFail()
    {
        if (Collecting) return 0;
        Collecting = true;
        try
        {
            var report = Collector.Collect(NumGenerations - 1, automatic: false);
            return report.Collected + report.Uncollectable;
        }
        finally
        {
            Collecting = false;
        }
    }

    private long CollectWithCallback(int generation, bool automatic)
    {
        Runtime?.InvokeGcCallbacks("start", generation, 0, 0);
        var report = Collector.Collect(generation, automatic);
        Runtime?.InvokeGcCallbacks("stop", generation, report.Collected, report.Uncollectable);
        return report.Collected + report.Uncollectable;
    }

    internal void CountCollection(int generation, long collected, long uncollectable)
    {
        var s = stats[generation];
        s.Collections++;
        s.Collected += collected;
        s.Uncollectable += uncollectable;
    }

    /// <summary>gc.freeze(): every generation into the permanent one; counts zeroed.</summary>
    public void Freeze()
    {
        foreach (var g in generations)
        {
            GcList.Merge(g.Head, Permanent.Head);
            g.Count = 0;
        }
    }

    /// <summary>gc.unfreeze(): the permanent generation back into the oldest.</summary>
    public void Unfreeze() => GcList.Merge(Permanent.Head, generations[NumGenerations - 1].Head);

    /// <summary>Tracked objects of one generation (or all, oldest last), head to tail.</summary>
    public List<PyObject> Objects(int? generation)
    {
        if (generation is { } g) return GcList.ToList(generations[g].Head);
        var all = new List<PyObject>();
        foreach (var gen in generations) all.AddRange(GcList.ToList(gen.Head));
        return all;
    }

    /// <summary>Which generation holds a tracked object (3 = permanent), or null when untracked. Walks lists: for views.</summary>
    public int? GenerationOf(PyObject obj)
    {
        if (obj.GcNext is null) return null;
        for (var i = 0; i < NumGenerations; i++)
        {
            for (var gc = generations[i].Head.GcNext!; !ReferenceEquals(gc, generations[i].Head); gc = gc.GcNext!)
                if (ReferenceEquals(gc, obj)) return i;
        }
        return NumGenerations;
    }

    internal GcListHead HeadOf(int generation) => generations[generation].Head;

    internal void ResetCountsFor(int generation)
    {
        if (generation + 1 < NumGenerations) generations[generation + 1].Count += 1;
        for (var i = 0; i <= generation; i++) generations[i].Count = 0;
    }
}
