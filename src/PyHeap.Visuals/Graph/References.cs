using PyHeap.Runtime.Objects;

namespace PyHeap.Visuals.Graph;

/// <summary>An object's references with the names a Python programmer gives them (tp_traverse, labelled).</summary>
public static class References
{
    public static IEnumerable<(string Label, PyObject Child)> Of(PyObject o)
    {
        var result = new List<(string, PyObject)>();
        // An instance of a subclass of a builtin: its __slots__ and __dict__ attributes first (subtype_traverse).
        if (o is IBuiltinSubtypeInstance { ManagedAttributes: { } storage })
        {
            if (storage.SlotValues is { } own)
                for (var i = 0; i < own.Length; i++)
                    if (own[i] is { } v) result.Add(($".{o.Type.Layout!.SlotNames[i]}", v));
            foreach (var (key, value) in storage.Attributes().ToList()) result.Add(($".{(key as PyStr)?.Value}", value));
        }
        switch (o)
        {
            case PyList l:
                var items = l.Items.ToArray();
                for (var i = 0; i < items.Length; i++) result.Add(($"[{i}]", items[i]));
                break;
            case PyTuple t:
                for (var i = 0; i < t.Items.Length; i++) result.Add(($"[{i}]", t.Items[i]));
                break;
            case PyDict d:
                foreach (var (key, value) in d.Pairs().ToList())
                {
                    result.Add(($"[{KeyText(key)}]", value));
                    if (key is not PyStr && !key.IsImmortal) result.Add(("key", key));
                }
                break;
            case PySet s:
                foreach (var member in s.Items) result.Add(("member", member));
                break;
            case IBuiltinSubtypeInstance:
                break; // str, int, float, bytes: nothing beyond the attributes above
            case PyCell c:
                if (c.Contents is { } contents) result.Add(("cell", contents));
                break;
            case PyInstance inst:
                foreach (var (key, value) in inst.Attributes().ToList()) result.Add(($".{(key as PyStr)?.Value}", value));
                if (inst.SlotValues is { } slots)
                    for (var i = 0; i < slots.Length; i++)
                        if (slots[i] is { } v) result.Add(($".{inst.Type.Layout!.SlotNames[i]}", v));
                break;
            default:
                // Other objects: their references in tp_traverse order, without the class pointer.
                o.Traverse(child => { if (!ReferenceEquals(child, o.Type)) result.Add(("", child)); });
                break;
        }
        return result;
    }

    private static string KeyText(PyObject key) => key switch
    {
        PyStr s => $"'{(s.Value.Length > 12 ? s.Value[..11] + "…" : s.Value)}'",
        PyInt or PyBool or PyNone or PyFloat => key.ToString() ?? "",
        _ => ShortRepr.Of(key, 12),
    };
}
