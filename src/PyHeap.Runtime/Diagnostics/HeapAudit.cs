using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Diagnostics;

/// <summary>
/// The heap audit (DESIGN.md): recomputes every live object's reference count from scratch — references from
/// frames, value stacks, thread state, interpreter roots and every object's own references — and compares it
/// with the stored count. Immortal objects are skipped. Needs the heap's live-object table.
/// </summary>
public static class HeapAudit
{
    public static AuditResult Run(Interpreter interp)
    {
        var live = interp.Heap.LiveObjects ?? throw new InvalidOperationException("the heap audit needs TrackLiveObjects");
        var counts = new Dictionary<PyObject, long>(ReferenceEqualityComparer.Instance);
        void Count(PyObject o)
        {
            if (o.IsImmortal) return;
            counts[o] = counts.GetValueOrDefault(o) + 1;
        }
        foreach (var root in Roots(interp)) Count(root);
        foreach (var thread in interp.Threads)
        {
            foreach (var r in thread.BootReferences()) Count(r);
            // A running generator's frame is on the thread's chain but owned (and counted) by the generator.
            for (var f = thread.Frame; f is not null; f = f.Previous) if (f.Generator is null) f.Traverse(Count);
            for (var e = thread.ExcInfo; e is not null; e = e.Previous) if (e.Value is not null) Count(e.Value);
            if (thread.Dict is not null) Count(thread.Dict);
        }
        foreach (var f in Frame.BeingCleared) f.Traverse(Count);
        void CountLive(PyObject o)
        {
            // Fields a dying object already cleared read as null.
            if (o is not null && !o.IsFreed) Count(o);
        }
        foreach (var obj in live.Values)
        {
            if (obj.IsFreed) continue;
            // A dying object (count 0, mid-deallocation) may still point at what it already released.
            if (obj.RefCount == 0 && !obj.IsImmortal) obj.Traverse(CountLive);
            else obj.Traverse(Count);
        }
        var problems = new List<string>();
        foreach (var obj in live.Values)
        {
            // A count of 0 means the object is being deallocated (the audit runs inside a finalizer): what it
            // still holds is counted above, but its own count is no longer meaningful.
            if (obj.IsImmortal || obj.RefCount == 0) continue;
            var expected = counts.GetValueOrDefault(obj);
            if (expected != obj.RefCount)
                problems.Add($"{Describe(obj)}: stored refcount {obj.RefCount}, found {expected} references");
        }
        foreach (var (obj, n) in counts)
            if (obj.IsFreed) problems.Add($"{Describe(obj)} is freed but still referenced {n} time(s)");
        return new AuditResult(live.Count, problems);
    }

    /// <summary>References the interpreter itself owns (PyInterpreterState): sys.modules, builtins, __main__.</summary>
    internal static IEnumerable<PyObject> RootReferences(Interpreter interp) => Roots(interp);

    private static IEnumerable<PyObject> Roots(Interpreter interp)
    {
        yield return interp.Modules;
        yield return interp.BuiltinsModule;
        if (!interp.MainModuleReleased) yield return interp.MainModule;
        foreach (var extra in interp.ExtraRoots) yield return extra;
        foreach (var registry in interp.StaticSubclasses.Values) yield return registry;
        foreach (var kwtuple in interp.KeywordTuples.Values) yield return kwtuple;
        foreach (var exit in interp.ExitFunctions)
            foreach (var r in exit.References()) yield return r;
        // _gc_runtime_state owns gc.garbage and gc.callbacks.
        if (interp.Heap.Gc.Garbage is { } garbage) yield return garbage;
        if (interp.Heap.Gc.Callbacks is { } callbacks) yield return callbacks;
        foreach (var held in interp.Heap.TempRoots) yield return held;
        foreach (var array in interp.Heap.Detached)
        {
            switch (array)
            {
                case PyObject?[] items:
                    foreach (var item in items) if (item is not null) yield return item;
                    break;
                case DictEntry[] entries:
                    foreach (var e in entries)
                    {
                        if (e.Key is not null) yield return e.Key;
                        if (e.Value is not null) yield return e.Value;
                    }
                    break;
                case SetEntry[] table:
                    foreach (var e in table) if (e.Key is not null && !ReferenceEquals(e.Key, PySet.Dummy)) yield return e.Key;
                    break;
            }
        }
    }

    private static string Describe(PyObject o)
    {
        var text = o switch
        {
            PyStr s => $"'{s.Value}'",
            PyInt i => i.ToString(),
            PyFunction f => f.QualName.Value,
            PyType t => t.Name,
            _ => "",
        };
        return $"{o.Type.Name} at 0x{o.Address:x} {text}".TrimEnd();
    }
}
