using PyHeap.Runtime.Objects;

namespace PyHeap.Visuals;

/// <summary>
/// A short, side-effect-free description of an object for pictures: builtin values by their repr (cut to a
/// width), everything else as type@address. It never calls user code, so drawing cannot change the heap.
/// </summary>
public static class ShortRepr
{
    public static string Of(PyObject o, int max = 40)
    {
        var text = o switch
        {
            PyStr s => "'" + s.Value + "'",
            PyInt or PyFloat or PyBool or PyNone => o.ToString() ?? "",
            PyList l => $"list, {l.Count} items",
            PyTuple t => $"tuple, {t.Count} items",
            PyDict d => $"dict, {d.Count} items",
            PySet s => $"{s.Type.Name}, {s.Count} items",
            PyFunction f => $"function {f.QualName.Value}",
            PyType t => $"class {t.Name}",
            PyModule m => $"module {m.Name}",
            _ => $"{o.Type.Name} object",
        };
        return text.Length <= max ? text : text[..(max - 1)] + "…";
    }
}
