using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;

namespace PyHeap.Runtime.Modules;

/// <summary>One atexit registration: the function and its arguments (all owned by the interpreter).</summary>
public sealed record ExitFunction(PyObject Function, PyTuple Args, PyDict? Kwargs)
{
    public IEnumerable<PyObject> References()
    {
        yield return Function;
        yield return Args;
        if (Kwargs is not null) yield return Kwargs;
    }

    public void Release()
    {
        RefCounts.DecRef(Function);
        RefCounts.DecRef(Args);
        RefCounts.XDecRef(Kwargs);
    }
}
