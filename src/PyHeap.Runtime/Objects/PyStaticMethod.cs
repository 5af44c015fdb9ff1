using PyHeap.Runtime.Memory;

namespace PyHeap.Runtime.Objects;

/// <summary>staticmethod (Objects/funcobject.c): returns the wrapped callable unchanged from any access.</summary>
public sealed class PyStaticMethod : PyObject
{
    private PyStaticMethod(PyType type, PyObject callable)
        : base(type)
    {
        Callable = callable;
    }

    public PyObject Callable { get; private set; }

    internal static PyStaticMethod CreateUnallocated(PyObject callable) => new(Types.StaticMethod, callable);

    public static PyStaticMethod New(PyType type, PyObject callable)
    {
        RefCounts.IncRef(callable);
        if (type.IsHeapType) RefCounts.IncRef(type);
        return Heap.Alloc(new PyStaticMethod(type, callable));
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
