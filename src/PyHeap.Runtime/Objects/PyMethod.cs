using PyHeap.Runtime.Memory;

namespace PyHeap.Runtime.Objects;

/// <summary>A bound method (Objects/classobject.c: PyMethodObject): holds the function and <c>__self__</c>.</summary>
public sealed class PyMethod : PyObject
{
    private PyMethod(PyObject function, PyObject self)
        : base(Types.Method)
    {
        Function = function;
        Self = self;
    }

    public PyObject Function { get; private set; }
    public PyObject Self { get; private set; }

    /// <summary>PyMethod_New: takes new references to both.</summary>
    public static PyMethod New(PyObject function, PyObject self)
    {
        RefCounts.IncRef(function);
        RefCounts.IncRef(self);
        return Heap.Alloc(new PyMethod(function, self));
    }

    public override long SizeOf() => 32;

    public override void Traverse(Action<PyObject> visit)
    {
        visit(Function);
        visit(Self);
    }

    internal override bool SupportsWeakrefs => true;

    internal override void ReleaseReferences()
    {
        // meth_dealloc: im_func then im_self.
        // Cleared before each release (Py_CLEAR), so nothing can see a stale pointer meanwhile.
        var f = Function;
        var s = Self;
        Function = null!;
        RefCounts.DecRef(f);
        Self = null!;
        RefCounts.DecRef(s);
    }
}
