using PyHeap.Runtime.Objects;

namespace PyHeap.Runtime.Threading;

/// <summary>
/// <c>pyheap.MemoryCorruption</c> (a RuntimeError): raised in the main thread when a run without the GIL lost a
/// refcount update and the simulator saw the consequence. Not in CPython: there the process crashes or leaks silently.
/// </summary>
public static class MemoryCorruption
{
    public static readonly PyType Type = Make();

    private static PyType Make()
    {
        var t = Types.Make("MemoryCorruption", 72, TypeFlags.BaseType | TypeFlags.HaveGc | TypeFlags.BaseExceptionSubclass, ExceptionTypes.RuntimeError);
        TypeSetup.Register(t);
        // Made after the builtin types were set up (on the pyheap module's first import): prepare it the same way.
        TypeSetup.EnsureReady();
        TypeSetup.Prepare(t);
        TypeSetup.InheritSlots(t);
        t.ModuleName = "pyheap";
        return t;
    }
}
