using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;

namespace PyHeap.Runtime.Gc;

internal sealed partial class Collector
{
    /// <summary>move_legacy_finalizers: objects with tp_del leave the unreachable set (and stop collecting).</summary>
    private void MoveLegacyFinalizers(GcListHead unreachable, GcListHead finalizers)
    {
        var runtime = state.Runtime;
        var gc = unreachable.GcNext!;
        while (!ReferenceEquals(gc, unreachable))
        {
            var op = (PyObject)gc;
            op.Flags &= ~ObjectFlags.GcUnreachable;
            var next = gc.GcNext!;
            if (runtime is not null && runtime.HasLegacyFinalizer(op))
            {
                op.Flags &= ~ObjectFlags.GcCollecting;
                GcList.Move(gc, finalizers);
            }
            gc = next;
        }
    }

    /// <summary>move_legacy_finalizer_reachable: whatever a legacy finalizer can reach is uncollectable too.</summary>
    private void MoveLegacyFinalizerReachable(GcListHead finalizers)
    {
        moveList = finalizers;
        for (var gc = finalizers.GcNext!; !ReferenceEquals(gc, finalizers); gc = gc.GcNext!)
            ((PyObject)gc).TraverseGc(visitMove);
    }

    private void VisitMove(PyObject op)
    {
        if ((op.Flags & ObjectFlags.GcCollecting) == 0) return;
        GcList.Move(op, moveList);
        op.Flags &= ~ObjectFlags.GcCollecting;
    }

    /// <summary>
    /// handle_weakrefs: clears every weakref to an unreachable object (and every unreachable weakref), then
    /// calls the callbacks of weakrefs that are not garbage themselves. Returns how many of those weakrefs
    /// were freed right after their callback (they count as collected).
    /// </summary>
    private int HandleWeakrefs(GcListHead unreachable, GcListHead old)
    {
        var toCall = new GcListHead();
        var numFreed = 0;
        var gc = unreachable.GcNext!;
        while (!ReferenceEquals(gc, unreachable))
        {
            var op = (PyObject)gc;
            var next = gc.GcNext!;
            if (op is PyWeakReference self) self.ClearRef();
            if (op.SupportsWeakrefs)
            {
                for (var wr = op.WeakRefs; wr is not null; wr = op.WeakRefs)
                {
                    wr.ClearRef();
                    if (wr.Callback is null) continue;
                    // A weakref that is garbage too never calls back: it may expose cleared objects.
                    if ((wr.Flags & ObjectFlags.GcCollecting) != 0) continue;
                    RefCounts.IncRef(wr);
                    Heap.Current.TempRoots.Add(wr); // the collector's own reference, for the audit
                    GcList.Move(wr, toCall);
                }
            }
            gc = next;
        }
        while (!GcList.IsEmpty(toCall))
        {
            var wr = (PyWeakReference)toCall.GcNext!;
            var callback = wr.Callback!;
            pythonRan = true;
            state.Runtime?.CallWeakrefCallback(callback, wr);
            Heap.Current.TempRoots.Remove(wr);
            RefCounts.DecRef(wr);
            if (ReferenceEquals(toCall.GcNext, wr)) GcList.Move(wr, old);
            else numFreed++;
        }
        return numFreed;
    }

    /// <summary>finalize_garbage: tp_finalize once per object, first to last; objects may die meanwhile.</summary>
    private void FinalizeGarbage(GcListHead collectable, CollectionReport report)
    {
        var runtime = state.Runtime;
        var seen = new GcListHead();
        while (!GcList.IsEmpty(collectable))
        {
            var op = (PyObject)collectable.GcNext!;
            GcList.Move(op, seen);
            if ((op.Flags & ObjectFlags.Finalized) == 0 && runtime is not null && runtime.HasFinalizer(op))
            {
                op.Flags |= ObjectFlags.Finalized;
                pythonRan = true;
                if (state.CollectionObserver is not null) report.Finalized.Add(Info(op));
                RefCounts.IncRef(op);
                using (Heap.Current.Hold(op)) runtime.Finalize(op);
                RefCounts.DecRef(op);
            }
        }
        GcList.Merge(seen, collectable);
    }

    /// <summary>handle_resurrected_objects: what finalizers made reachable again survives into <paramref name="old"/>.</summary>
    private void HandleResurrectedObjects(GcListHead unreachable, GcListHead stillUnreachable, GcListHead old, CollectionReport report)
    {
        for (var gc = unreachable.GcNext!; !ReferenceEquals(gc, unreachable); gc = gc.GcNext!)
            ((PyObject)gc).Flags &= ~ObjectFlags.GcCollecting;
        DeduceUnreachable(unreachable, stillUnreachable);
        ClearUnreachableMask(stillUnreachable);
        if (state.CollectionObserver is not null)
        {
            for (var gc = unreachable.GcNext!; !ReferenceEquals(gc, unreachable); gc = gc.GcNext!)
                report.Resurrected.Add(Info((PyObject)gc));
        }
        GcList.Merge(unreachable, old);
    }

    /// <summary>delete_garbage: tp_clear on each object to break the cycles; refcounting frees the rest.</summary>
    private void DeleteGarbage(GcListHead collectable, GcListHead old)
    {
        while (!GcList.IsEmpty(collectable))
        {
            var op = (PyObject)collectable.GcNext!;
            if (op.RefCnt <= 0) throw new SimulatorBugException($"refcount is too small: {op.Type.Name} at 0x{op.Address:x}");
            if ((state.Debug & GcDebug.SaveAll) != 0)
            {
                state.GarbageList.Append(op);
            }
            else
            {
                RefCounts.IncRef(op);
                using (Heap.Current.Hold(op)) op.GcClear();
                RefCounts.DecRef(op);
            }
            if (ReferenceEquals(collectable.GcNext, op))
            {
                // Still alive: it may die later.
                op.Flags &= ~ObjectFlags.GcCollecting;
                GcList.Move(op, old);
            }
        }
    }

    /// <summary>handle_legacy_finalizers: uncollectable objects with tp_del (all of them with DEBUG_SAVEALL) go to gc.garbage.</summary>
    private void HandleLegacyFinalizers(GcListHead finalizers, GcListHead old)
    {
        var runtime = state.Runtime;
        for (var gc = finalizers.GcNext!; !ReferenceEquals(gc, finalizers); gc = gc.GcNext!)
        {
            var op = (PyObject)gc;
            if ((state.Debug & GcDebug.SaveAll) != 0 || (runtime is not null && runtime.HasLegacyFinalizer(op)))
                state.GarbageList.Append(op);
        }
        GcList.Merge(finalizers, old);
    }
}
