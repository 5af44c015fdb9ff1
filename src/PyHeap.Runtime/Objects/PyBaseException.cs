using PyHeap.Runtime.Memory;

namespace PyHeap.Runtime.Objects;

/// <summary>
/// An exception instance (Objects/exceptions.c: PyBaseExceptionObject): args, traceback, context, cause,
/// suppress_context and an attribute dict, plus the subtype's C fields (<see cref="Members"/>: StopIteration.value,
/// SystemExit.code, NameError.name, AttributeError.obj/name, ImportError.msg/name/path, SyntaxError's eight).
/// Instances of user exception classes are these too.
/// </summary>
public sealed class PyBaseException : PyObject
{
    private PyBaseException(PyType type, PyTuple args)
        : base(type)
    {
        Args = args;
        var names = ExceptionTypes.MemberNames(type);
        Members = names.Length == 0 ? [] : new PyObject?[names.Length];
    }

    /// <summary>args (owned).</summary>
    public PyTuple Args { get; internal set; }
    public PyObject? Traceback { get; internal set; }
    public PyObject? Context { get; internal set; }
    public PyObject? Cause { get; internal set; }
    public bool SuppressContext { get; internal set; }
    public PyDict? Dict { get; internal set; }

    /// <summary>The subtype's object fields (owned, null = NULL), named by <see cref="ExceptionTypes.MemberNames"/>.</summary>
    public PyObject?[] Members { get; }

    /// <summary>A new exception of <paramref name="type"/> taking over the reference to <paramref name="args"/>.</summary>
    public static PyBaseException New(PyType type, PyTuple args)
    {
        if (type.IsHeapType) RefCounts.IncRef(type);
        return Heap.Alloc(new PyBaseException(type, args));
    }

    /// <summary>The member named <paramref name="name"/> (borrowed), or null when unset or absent.</summary>
    public PyObject? GetMember(string name)
    {
        var i = ExceptionTypes.MemberIndex(Type, name);
        return i < 0 ? null : Members[i];
    }

    /// <summary>Py_XSETREF on a member: takes a new reference to <paramref name="value"/>, then releases the old one.</summary>
    public void SetMember(string name, PyObject? value)
    {
        var i = ExceptionTypes.MemberIndex(Type, name);
        if (i < 0) return;
        RefCounts.XIncRef(value);
        var old = Members[i];
        Members[i] = value;
        RefCounts.XDecRef(old);
    }

    public override long SizeOf() => Type.BasicSize;

    public override void Traverse(Action<PyObject> visit)
    {
        foreach (var m in Members) if (m is not null) visit(m);
        if (Dict is not null) visit(Dict);
        visit(Args);
        if (Traceback is not null) visit(Traceback);
        if (Context is not null) visit(Context);
        if (Cause is not null) visit(Cause);
        if (Type.IsHeapType) visit(Type);
    }

    /// <summary>The subtype's fields, then BaseException_clear: dict, args, traceback, cause, context (not the type).</summary>
    internal override void GcClear()
    {
        for (var i = 0; i < Members.Length; i++)
        {
            var m = Members[i];
            Members[i] = null;
            RefCounts.XDecRef(m);
        }
        PyObject? d = Dict, a = Args, t = Traceback, c = Cause, x = Context;
        Dict = null; Args = PyTuple.Empty; Traceback = null; Cause = null; Context = null;
        RefCounts.XDecRef(d);
        RefCounts.XDecRef(a);
        RefCounts.XDecRef(t);
        RefCounts.XDecRef(c);
        RefCounts.XDecRef(x);
    }

    /// <summary>Exception classes made by a class statement get a __weakref__ slot; builtin exceptions have none.</summary>
    internal override bool SupportsWeakrefs => Type.IsHeapType;

    internal override bool UsesTrashcan => true;

    internal override void ReleaseReferences()
    {
        // XxxError_clear: the subtype's fields first, then BaseException_clear; then the class.
        GcClear();
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
