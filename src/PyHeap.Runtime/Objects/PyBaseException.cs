using PyHeap.Runtime.Memory;

namespace PyHeap.Runtime.Objects;

/// <summary>
/// An exception instance (Objects/exceptions.c: PyBaseExceptionObject): args, traceback, context, cause,
/// suppress_context and an attribute dict. Instances of user exception classes are these too.
/// </summary>
public sealed class PyBaseException : PyObject
{
    private PyBaseException(PyType type, PyTuple args)
        : base(type)
    {
        Args = args;
    }

    /// <summary>args (owned).</summary>
    public PyTuple Args { get; internal set; }
    public PyObject? Traceback { get; internal set; }
    public PyObject? Context { get; internal set; }
    public PyObject? Cause { get; internal set; }
    public bool SuppressContext { get; internal set; }
    public PyDict? Dict { get; internal set; }

    /// <summary>A new exception of <paramref name="type"/> taking over the reference to <paramref name="args"/>.</summary>
    public static PyBaseException New(PyType type, PyTuple args)
    {
        if (type.IsHeapType) RefCounts.IncRef(type);
        return Heap.Alloc(new PyBaseException(type, args));
    }

    public override long SizeOf() => Type.IsHeapType ? 72 : 72;

    public override void Traverse(Action<PyObject> visit)
    {
        if (Dict is not null) visit(Dict);
        visit(Args);
        if (Traceback is not null) visit(Traceback);
        if (Context is not null) visit(Context);
        if (Cause is not null) visit(Cause);
        if (Type.IsHeapType) visit(Type);
    }

    internal override void ReleaseReferences()
    {
        // BaseException_clear: dict, args, notes, traceback, cause, context.
        PyObject? d = Dict, a = Args, t = Traceback, c = Cause, x = Context;
        Dict = null; Args = PyTuple.Empty; Traceback = null; Cause = null; Context = null;
        RefCounts.XDecRef(d);
        RefCounts.XDecRef(a);
        RefCounts.XDecRef(t);
        RefCounts.XDecRef(c);
        RefCounts.XDecRef(x);
        if (Type.IsHeapType) RefCounts.DecRef(Type);
    }

    internal void SetTraceback(PyObject? tb)
    {
        RefCounts.XIncRef(tb);
        var old = Traceback;
        Traceback = tb;
        RefCounts.XDecRef(old);
    }

    internal void SetContext(PyObject? context)
    {
        RefCounts.XIncRef(context);
        var old = Context;
        Context = context;
        RefCounts.XDecRef(old);
    }

    internal void SetCause(PyObject? cause)
    {
        RefCounts.XIncRef(cause);
        var old = Cause;
        Cause = cause;
        RefCounts.XDecRef(old);
        SuppressContext = true;
    }
}
