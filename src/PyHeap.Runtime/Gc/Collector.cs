using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;

namespace PyHeap.Runtime.Gc;

/// <summary>
/// Models Modules/gcmodule.c: gc_collect_main and the steps it is made of — update_refs, subtract_refs,
/// move_unreachable, untrack_tuples/untrack_dicts, move_legacy_finalizers, handle_weakrefs, finalize_garbage,
/// handle_resurrected_objects, delete_garbage — with the same list orders, so finalizer order, the returned
/// count and address reuse come out as in CPython 3.11.
/// </summary>
internal sealed partial class Collector
{
    private readonly GcState state;
    private readonly Action<PyObject> visitDecref;
    private readonly Action<PyObject> visitReachable;
    private readonly Action<PyObject> visitMove;
    private GcListHead reachableList = null!;
    private bool pythonRan;
    private GcListHead moveList = null!;

    public Collector(GcState state)
    {
        this.state = state;
        visitDecref = VisitDecref;
        visitReachable = VisitReachable;
        visitMove = VisitMove;
    }

    public CollectionReport Collect(int generation, bool automatic)
    {
        var observer = state.CollectionObserver;
        var report = new CollectionReport
        {
            Generation = generation,
            Automatic = automatic,
            CountsBefore = state.Generations.Select(g => g.Count).ToArray(),
        };
        var runtime = state.Runtime;
        var debug = state.Debug;
        if ((debug & GcDebug.Stats) != 0)
        {
            runtime?.WriteStderr($"gc: collecting generation {generation}...\n");
            runtime?.WriteStderr($"gc: objects in each generation: {string.Join(" ", state.Generations.Select(g => g.Size))}\n" +
                                 $"gc: objects in permanent generation: {state.Permanent.Size}\n");
        }
        var started = System.Diagnostics.Stopwatch.GetTimestamp();

        state.ResetCountsFor(generation);
        for (var i = 0; i < generation; i++) GcList.Merge(state.HeadOf(i), state.HeadOf(generation));
        var young = state.HeadOf(generation);
        var old = generation < GcState.NumGenerations - 1 ? state.HeadOf(generation + 1) : young;
        if (observer is not null)
        {
            report.Examined = GcList.Size(young); // a walk of the whole list: only when someone looks
            observer(report.StartSnapshot());
        }

        var unreachable = new GcListHead();
        DeduceUnreachable(young, unreachable);
        if (observer is not null) Describe(unreachable, report.Unreachable, report.UnreachableEdges);

        UntrackTuples(young);
        if (!ReferenceEquals(young, old))
        {
            var survivors = GcList.Size(young);
            report.Promoted = survivors;
            if (generation == GcState.NumGenerations - 2) state.LongLivedPending += survivors;
            GcList.Merge(young, old);
        }
        else
        {
            // Only full collections untrack dicts, to avoid quadratic dict build-up (bpo-14775).
            UntrackDicts(young);
            state.LongLivedPending = 0;
            state.LongLivedTotal = GcList.Size(young);
        }

        var finalizers = new GcListHead();
        MoveLegacyFinalizers(unreachable, finalizers);
        MoveLegacyFinalizerReachable(finalizers);

        if ((debug & GcDebug.Collectable) != 0)
        {
            for (var gc = unreachable.GcNext!; !ReferenceEquals(gc, unreachable); gc = gc.GcNext!)
                DebugCycle("collectable", (PyObject)gc);
        }

        pythonRan = false;
        long m = HandleWeakrefs(unreachable, old);
        FinalizeGarbage(unreachable, report);
        var finalUnreachable = new GcListHead();
        if (pythonRan)
        {
            HandleResurrectedObjects(unreachable, finalUnreachable, old, report);
        }
        else
        {
            // No finalizer or callback ran, so nothing can have been resurrected: deduce_unreachable would
            // move every object, in order, with the same flags. Skip the second pass over the garbage.
            GcList.Merge(unreachable, finalUnreachable);
        }
        m += GcList.Size(finalUnreachable);
        DeleteGarbage(finalUnreachable, old);

        long n = 0;
        for (var gc = finalizers.GcNext!; !ReferenceEquals(gc, finalizers); gc = gc.GcNext!)
        {
            n++;
            if ((debug & GcDebug.Uncollectable) != 0) DebugCycle("uncollectable", (PyObject)gc);
            if (observer is not null) report.UncollectableObjects.Add(Info((PyObject)gc));
        }
        if ((debug & GcDebug.Stats) != 0)
        {
            var seconds = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds;
            runtime?.WriteStderr(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"gc: done, {n + m} unreachable, {n} uncollectable, {seconds:F4}s elapsed\n"));
        }
        HandleLegacyFinalizers(finalizers, old);

        if (generation == GcState.NumGenerations - 1) state.ClearFreeLists?.Invoke();

        report.Collected = m;
        report.Uncollectable = n;
        state.CountCollection(generation, m, n);
        report.CountsAfter = state.Generations.Select(g => g.Count).ToArray();
        report.Finished = true;
        observer?.Invoke(report);
        return report;
    }

    private void DebugCycle(string message, PyObject op) =>
        state.Runtime?.WriteStderr($"gc: {message} <{op.Type.Name} 0x{op.Address:x}>\n");

    private static GcObjectInfo Info(PyObject op) => new(op.Address, op.Type.Name);

    private static void Describe(GcListHead list, List<GcObjectInfo> objects, List<GcEdge> edges)
    {
        var members = GcList.ToList(list);
        var set = new HashSet<PyObject>(members, ReferenceEqualityComparer.Instance);
        foreach (var op in members)
        {
            objects.Add(Info(op));
            op.TraverseGc(target =>
            {
                if (set.Contains(target)) edges.Add(new GcEdge(op.Address, target.Address));
            });
        }
    }

    // ---- deduce_unreachable ----

    /// <summary>update_refs + subtract_refs + move_unreachable.</summary>
    private void DeduceUnreachable(GcListHead baseList, GcListHead unreachable)
    {
        UpdateRefs(baseList);
        SubtractRefs(baseList);
        GcList.Init(unreachable);
        MoveUnreachable(baseList, unreachable);
    }

    private static void UpdateRefs(GcListHead containers)
    {
        for (var gc = containers.GcNext!; !ReferenceEquals(gc, containers); gc = gc.GcNext!)
        {
            var op = (PyObject)gc;
            op.GcRefs = op.RefCnt;
            op.Flags |= ObjectFlags.GcCollecting;
            if (op.RefCnt == 0) throw new SimulatorBugException($"the collector found a dead {op.Type.Name} at 0x{op.Address:x} still tracked");
        }
    }

    private void SubtractRefs(GcListHead containers)
    {
        for (var gc = containers.GcNext!; !ReferenceEquals(gc, containers); gc = gc.GcNext!)
            ((PyObject)gc).TraverseGc(visitDecref);
    }

    private static void VisitDecref(PyObject op)
    {
        if ((op.Flags & ObjectFlags.GcCollecting) != 0)
        {
            if (op.GcRefs <= 0) throw new SimulatorBugException($"refcount is too small: {op.Type.Name} at 0x{op.Address:x}");
            op.GcRefs--;
        }
    }

    private void MoveUnreachable(GcListHead young, GcListHead unreachable)
    {
        reachableList = young;
        var gc = young.GcNext!;
        while (!ReferenceEquals(gc, young))
        {
            GcLink next;
            var op = (PyObject)gc;
            if (op.GcRefs != 0)
            {
                // Reachable from outside: everything it points to is reachable too. Traversing may append
                // objects to young, so the next one is read afterwards.
                op.TraverseGc(visitReachable);
                op.Flags &= ~ObjectFlags.GcCollecting;
                next = gc.GcNext!;
            }
            else
            {
                // Tentatively unreachable; visit_reachable moves it back if something reachable points to it.
                next = gc.GcNext!;
                GcList.Move(gc, unreachable);
                op.Flags |= ObjectFlags.GcUnreachable;
            }
            gc = next;
        }
    }

    private void VisitReachable(PyObject op)
    {
        if ((op.Flags & ObjectFlags.GcCollecting) == 0) return;
        if ((op.Flags & ObjectFlags.GcUnreachable) != 0)
        {
            op.Flags &= ~ObjectFlags.GcUnreachable;
            GcList.Move(op, reachableList);
            op.GcRefs = 1;
        }
        else if (op.GcRefs == 0)
        {
            op.GcRefs = 1;
        }
    }

    private static void ClearUnreachableMask(GcListHead unreachable)
    {
        for (var gc = unreachable.GcNext!; !ReferenceEquals(gc, unreachable); gc = gc.GcNext!)
            ((PyObject)gc).Flags &= ~ObjectFlags.GcUnreachable;
    }

    private static void UntrackTuples(GcListHead head)
    {
        var gc = head.GcNext!;
        while (!ReferenceEquals(gc, head))
        {
            var next = gc.GcNext!;
            if (gc is PyTuple t) Tracking.TupleMaybeUntrack(t);
            gc = next;
        }
    }

    private static void UntrackDicts(GcListHead head)
    {
        var gc = head.GcNext!;
        while (!ReferenceEquals(gc, head))
        {
            var next = gc.GcNext!;
            if (gc is PyDict d && ReferenceEquals(d.Type, Types.Dict)) Tracking.DictMaybeUntrack(d); // PyDict_CheckExact
            gc = next;
        }
    }
}
