using PyHeap.Runtime.Memory;

namespace PyHeap.Runtime.Objects;

/// <summary>classmethod (Objects/funcobject.c): binds the wrapped callable to the class.</summary>
public sealed class PyClassMethod : PyObject
{
    private PyClassMethod(PyType type, PyObject callable)
        : base(type)
    {
        Callable = callable;
    }

    public PyObject Callable { get; private set; }

    public static PyClassMethod New(PyType type, PyObject callable)
    {
        RefCounts.IncRef(callable);
        if (type.IsHeapType) RefCounts.IncRef(type);
        return Heap.Alloc(new PyClassMethod(type, callable));
    }

    public override long SizeOf() => 32;

    public override void Traverse(Action<PyObject> visit)
    {
        visit(Callable);
        if (Type.IsHeapType) visit(Type);
    }

    internal override void ReleaseReferences()
    {
        var c = Callable;
        Callable = null!;
        RefCounts.DecRef(c);
        if (Type.IsHeapType) RefCounts.DecRef(Type);
    }
}
