using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;


namespace PyHeap.Runtime.Diagnostics;

/// <summary>
/// Explains an object's reference count: every holder of a reference to it, found the way the heap audit
/// counts (frames, value stacks, interpreter roots, every live object's tp_traverse), labelled in the user's
/// words. The counts sum to the stored refcount; anything left over is reported as unexplained.
/// Reads only: nothing here changes a count. Needs the heap's live-object table.
/// </summary>
public static class ReferrerFinder
{
    public static IReadOnlyList<Referrer> Find(Interpreter interp, PyObject target)
    {
        var live = interp.Heap.LiveObjects ?? throw new InvalidOperationException("explaining refcounts needs TrackLiveObjects");
        var found = new List<Referrer>();
        var cellNames = CellNames(interp, live.Values);
        var globalNames = new Dictionary<PyObject, string>(ReferenceEqualityComparer.Instance);
        foreach (var (key, value) in interp.MainModule.Dict.Pairs())
            // A public name reads better than IPython's aliases (Out rather than _oh).
            if (key is PyStr name && (!globalNames.TryGetValue(value, out var known) || (known.StartsWith('_') && !name.Value.StartsWith('_'))))
                globalNames[value] = name.Value;
        string Label(PyObject o) => globalNames.TryGetValue(o, out var n) ? n : ObjectLabel.Of(o);
        var instanceOfDict = new Dictionary<PyObject, PyObject>(ReferenceEqualityComparer.Instance);
        foreach (var obj in live.Values)
            if (!obj.IsFreed && Abstract.ManagedStorage(obj) is { Dict: { } d }) instanceOfDict[d] = obj;

        var rootCount = HeapAudit.RootReferences(interp).Count(r => ReferenceEquals(r, target));
        if (rootCount > 0) found.Add(new Referrer("the interpreter (sys.modules, builtins, runtime temporaries)", ReferrerKind.Interpreter, rootCount));
        foreach (var frame in interp.MainThread.Frames)
        {
            if (frame.Generator is not null) continue;
            var name = frame.Code.Name;
            for (var i = 0; i < frame.Fast.Length; i++)
                if (ReferenceEquals(frame.Fast[i], target))
                    found.Add(new Referrer($"local {frame.Code.LocalsPlusNames[i].Value} of {name}", ReferrerKind.Local, 1));
            var onStack = 0;
            for (var i = 0; i < frame.StackTop; i++) if (ReferenceEquals(frame.Stack[i], target)) onStack++;
            if (onStack > 0) found.Add(new Referrer($"value stack of {name} (an argument or temporary being used)", ReferrerKind.ValueStack, onStack));
            if (ReferenceEquals(frame.Locals, target) || ReferenceEquals(frame.Function, target) || ReferenceEquals(frame.Code, target)
                || ReferenceEquals(frame.FrameObject, target))
                found.Add(new Referrer($"the running frame of {name}", ReferrerKind.Internal, 1));
        }
        foreach (var obj in live.Values)
        {
            if (obj.IsFreed || ReferenceEquals(obj, target)) continue;
            var n = 0;
            obj.Traverse(child => { if (ReferenceEquals(child, target)) n++; });
            if (n == 0) continue;
            found.AddRange(Describe(interp, obj, target, n, cellNames, instanceOfDict, Label));
        }
        // A self-reference (a list containing itself) is a holder too.
        var self = 0;
        if (!target.IsFreed) target.Traverse(child => { if (ReferenceEquals(child, target)) self++; });
        if (self > 0) found.AddRange(Describe(interp, target, target, self, cellNames, instanceOfDict, Label));
        var explained = found.Sum(r => r.Count);
        if (!target.IsImmortal && explained < target.RefCount)
            found.Add(new Referrer("not attributed (held by the runtime)", ReferrerKind.Unexplained, target.RefCount - explained));
        return found;
    }

    /// <summary>The holder rows for <paramref name="holder"/>, which references <paramref name="target"/> <paramref name="n"/> times.</summary>
    private static IEnumerable<Referrer> Describe(Interpreter interp, PyObject holder, PyObject target, int n,
        Dictionary<PyObject, string> cellNames, Dictionary<PyObject, PyObject> instanceOfDict, Func<PyObject, string> label)
    {
        var rows = new List<Referrer>();
        // An instance of a subclass of a builtin: its __slots__, its __dict__ attributes (until the dict is made, when
        // the dict's rows name them) and its class, then the builtin's own references.
        if (holder is IBuiltinSubtypeInstance { ManagedAttributes: { } storage })
        {
            if (storage.SlotValues is { } own)
                for (var i = 0; i < own.Length; i++)
                    if (ReferenceEquals(own[i], target))
                        rows.Add(new Referrer($"slot {label(holder)}.{holder.Type.Layout!.SlotNames[i]}", ReferrerKind.Attribute, 1, holder.Address));
            if (storage.Dict is null)
                foreach (var (key, value) in storage.Attributes())
                    if (ReferenceEquals(value, target))
                        rows.Add(new Referrer($"attribute {label(holder)}.{(key as PyStr)?.Value}", ReferrerKind.Attribute, 1, holder.Address));
            if (ReferenceEquals(holder.Type, target)) rows.Add(new Referrer($"{label(holder)}: its type", ReferrerKind.Internal, 1, holder.Address));
        }
        switch (holder)
        {
            case PyDict d:
                var owner = DictOwner(interp, d, instanceOfDict);
                foreach (var (key, value) in d.Pairs())
                {
                    var k = key switch { PyStr s => s.Value, PyInt or PyFloat or PyBool or PyNone => key.ToString() ?? "", _ => ObjectLabel.Of(key) };
                    if (ReferenceEquals(value, target))
                    {
                        rows.Add(owner switch
                        {
                            PyModule { Name: "__main__" } => new Referrer($"global {k}", ReferrerKind.Global, 1, d.Address),
                            PyModule m => new Referrer($"module {m.Name}: {k}", ReferrerKind.Global, 1, d.Address),
                            PyType t => new Referrer($"class attribute {t.Name}.{k}", ReferrerKind.Attribute, 1, t.Address),
                            null => new Referrer($"{label(d)}[{(key is PyStr ? $"'{k}'" : k)}]", ReferrerKind.Container, 1, d.Address),
                            _ => new Referrer($"attribute {label(owner)}.{k}", ReferrerKind.Attribute, 1, owner.Address),
                        });
                    }
                    if (ReferenceEquals(key, target))
                        rows.Add(new Referrer($"{label(d)}: key", ReferrerKind.Container, 1, d.Address));
                }
                break;
            case PyList l:
                var items = l.Items;
                for (var i = 0; i < items.Length; i++)
                    if (ReferenceEquals(items[i], target)) rows.Add(new Referrer($"{label(l)}[{i}]", ReferrerKind.Container, 1, l.Address));
                break;
            case PyTuple t:
                for (var i = 0; i < t.Items.Length; i++)
                    if (ReferenceEquals(t.Items[i], target)) rows.Add(new Referrer($"{label(t)}[{i}]", ReferrerKind.Container, 1, t.Address));
                break;
            case PySet set:
                var members = n - rows.Sum(r => r.Count);
                if (members > 0) rows.Add(new Referrer($"{label(set)}: member", ReferrerKind.Container, members, set.Address));
                break;
            case PyCell cell:
                rows.Add(new Referrer(cellNames.TryGetValue(cell, out var name) ? $"closure cell {name}" : $"closure cell at 0x{cell.Address:x}",
                    ReferrerKind.Cell, n, cell.Address));
                break;
            case PyInstance inst:
                foreach (var (key, value) in inst.Attributes())
                    if (ReferenceEquals(value, target) && inst.Dict is null)
                        rows.Add(new Referrer($"attribute {label(inst)}.{(key as PyStr)?.Value}", ReferrerKind.Attribute, 1, inst.Address));
                if (inst.SlotValues is { } slots)
                    for (var i = 0; i < slots.Length; i++)
                        if (ReferenceEquals(slots[i], target))
                            rows.Add(new Referrer($"slot {label(inst)}.{inst.Type.Layout!.SlotNames[i]}", ReferrerKind.Attribute, 1, inst.Address));
                if (ReferenceEquals(inst.Type, target)) rows.Add(new Referrer($"{label(inst)}: its type", ReferrerKind.Internal, 1, inst.Address));
                break;
        }
        var counted = rows.Sum(r => r.Count);
        if (counted < n) rows.Add(new Referrer(label(holder), ReferrerKind.Internal, n - counted, holder.Address));
        return rows;
    }

    /// <summary>Whose namespace a dict is: a module's, an instance's or a class's (null for a plain dict).</summary>
    private static PyObject? DictOwner(Interpreter interp, PyDict d, Dictionary<PyObject, PyObject> instanceOfDict)
    {
        if (ReferenceEquals(d, interp.MainModule.Dict)) return interp.MainModule;
        if (instanceOfDict.TryGetValue(d, out var inst)) return inst;
        foreach (var (_, value) in interp.Modules.Pairs())
            if (value is PyModule m && ReferenceEquals(m.Dict, d)) return m;
        return null;
    }

    /// <summary>"n of counter" for each closure cell a running frame or a function holds.</summary>
    private static Dictionary<PyObject, string> CellNames(Interpreter interp, IEnumerable<PyObject> live)
    {
        var names = new Dictionary<PyObject, string>(ReferenceEqualityComparer.Instance);
        foreach (var frame in interp.MainThread.Frames)
            for (var i = 0; i < frame.Fast.Length; i++)
                if (frame.Fast[i] is PyCell c) names.TryAdd(c, $"{frame.Code.LocalsPlusNames[i].Value} of {frame.Code.Name}");
        foreach (var obj in live)
        {
            if (obj is not PyFunction { Closure: { } closure } f || obj.IsFreed) continue;
            var localNames = f.Code.LocalsPlusNames;
            for (var j = 0; j < closure.Items.Length; j++)
                if (closure.Items[j] is PyCell c) names.TryAdd(c, $"{localNames[localNames.Length - closure.Items.Length + j].Value} of {f.QualName.Value}");
        }
        return names;
    }
}
