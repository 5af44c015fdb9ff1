using PyHeap.Runtime.Memory;

namespace PyHeap.Runtime.Objects;

/// <summary>mappingproxy (Objects/descrobject.c): the read-only view of a class namespace that <c>C.__dict__</c> returns.</summary>
public sealed class PyMappingProxy : PyObject
{
    public static readonly PyType ProxyType = MakeType();

    private PyMappingProxy(PyObject mapping)
        : base(ProxyType)
    {
        Mapping = mapping;
    }

    /// <summary>The wrapped mapping (owned).</summary>
    public PyObject Mapping { get; }

    public static PyMappingProxy New(PyObject mapping)
    {
        RefCounts.IncRef(mapping);
        return Heap.Alloc(new PyMappingProxy(mapping));
    }

    public override long SizeOf() => 24;

    public override void Traverse(Action<PyObject> visit) => visit(Mapping);

    internal override void ReleaseReferences() => RefCounts.DecRef(Mapping);

    private static PyType MakeType()
    {
        var t = Types.Make("mappingproxy", 24, TypeFlags.HaveGc);
        TypeSetup.Register(t);
        return t;
    }
}
