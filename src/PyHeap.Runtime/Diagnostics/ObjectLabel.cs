using PyHeap.Runtime.Objects;

namespace PyHeap.Runtime.Diagnostics;

/// <summary>Short names for objects in pictures and tables: <c>list@0x7f…</c>, <c>function f</c>, <c>module sys</c>.</summary>
public static class ObjectLabel
{
    public static string Of(PyObject o) => o switch
    {
        PyModule m => $"module {m.Name}",
        PyFunction f => $"function {f.QualName.Value}",
        PyType t => $"class {t.Name}",
        _ => $"{o.Type.Name}@0x{o.Address:x}",
    };
}
