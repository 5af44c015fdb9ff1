using PyHeap.Runtime.Objects;

namespace PyHeap.Visuals;

/// <summary>
/// A short, side-effect-free description of an object for pictures: builtin values by their repr (cut to a
/// width), everything else as type@address. It never calls user code, so drawing cannot change the heap.
/// </summary>
public static class ShortRepr
{
    private static string Items(int n) => n == 1 ? "1 item" : $"{n} items";

    public static string Of(PyObject o, int max = 40)
    {
        var text = o switch
        {
            PyStr s => "'" + s.Value + "'",
            PyInt or PyFloat or PyBool or PyNone => o.ToString() ?? "",
            PyList l => $"list, {Items(l.Count)}",
            PyTuple t => $"tuple, {Items(t.Count)}",
            PyDict d => $"dict, {Items(d.Count)}",
            PySet s => $"{s.Type.Name}, {Items(s.Count)}",
            PyByteArray b => $"{b.Type.Name}, {b.Count} bytes",
            PyFunction f => $"function {f.QualName.Value}",
            PyType t => $"class {t.Name}",
            PyModule m => $"module {m.Name}",
            _ => $"{o.Type.Name} object",
        };
        return text.Length <= max ? text : text[..(max - 1)] + "…";
    }
}
