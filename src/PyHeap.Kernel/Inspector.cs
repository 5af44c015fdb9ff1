using System.Text;
using PyHeap.Runtime.Gc;
using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Modules;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Kernel;

/// <summary>
/// The memory inspector behind inspect_request and <c>name?</c>: IPython's Type / String form / Length /
/// Docstring, plus what CPython's memory manager knows about the object — refcount, size, address, and
/// whether (and in which generation) the collector tracks it.
/// </summary>
internal static class Inspector
{
    /// <summary>The report for a (dotted) name, or null when it does not resolve. Runs on the interpreter thread.</summary>
    public static string? Describe(Interpreter interp, string name)
    {
        var obj = NameResolver.Resolve(interp, name);
        if (obj is null) return null;
        try
        {
            return Report(interp, obj);
        }
        catch (PyException e)
        {
            RefCounts.DecRef(e.Value);
            return null;
        }
        finally
        {
            RefCounts.DecRef(obj);
        }
    }

    private static string Report(Interpreter interp, PyObject obj)
    {
        var text = new StringBuilder();
        void Row(string label, string value) => text.Append(label.PadRight(13)).Append(value).Append('\n');
        Row("Type:", obj.Type.IsHeapType ? $"{obj.Type.QualName}" : obj.Type.Name);
        var repr = Abstract.StrString(obj);
        if (repr.Length > 200) repr = repr[..200] + "...";
        Row("String form:", repr);
        if (obj is PyList or PyTuple or PyDict or PyStr or PySet or PyBytes or PyByteArray) Row("Length:", Abstract.Length(obj).ToString());
        // The resolver holds one reference of its own; the user's count is one less.
        var refcount = obj.RefCount - 1;
        Row("Refcount:", obj.IsImmortal ? "immortal (a static object of the interpreter)" : $"{refcount} (sys.getrefcount shows {refcount + 1}: its argument is one more)");
        Row("Size:", $"{SysModule.SizeOf(obj)} bytes (sys.getsizeof)");
        Row("Address:", $"0x{obj.Address:x} (id() = {obj.Address})");
        var generation = GcState.IsGc(obj) ? interp.Heap.Gc.GenerationOf(obj) : null;
        Row("GC:", !GcState.IsGc(obj) ? "not a container: the cyclic collector never sees it"
            : generation is null ? "untracked (the collector skips it)"
            : generation == GcState.NumGenerations ? "tracked, in the permanent generation (gc.freeze)"
            : $"tracked, generation {generation}");
        if (Doc(obj) is { Length: > 0 } doc) Row("Docstring:", doc.Replace("\n", "\n" + new string(' ', 13)));
        return text.ToString().TrimEnd('\n');
    }

    private static string? Doc(PyObject obj)
    {
        var target = obj is PyFunction or PyType or PyModule ? obj : obj.Type;
        var doc = Abstract.LookupAttr(target, PyStr.Intern("__doc__"));
        if (doc is null) return null;
        try
        {
            return doc is PyStr s ? s.Value : null;
        }
        finally
        {
            RefCounts.DecRef(doc);
        }
    }
}
