using PyHeap.Runtime.Memory;

namespace PyHeap.Runtime.Objects;

/// <summary>property (Objects/descrobject.c): a data descriptor calling fget / fset / fdel.</summary>
public sealed class PyProperty : PyObject
{
    private PyProperty(PyType type, PyObject? fget, PyObject? fset, PyObject? fdel, PyObject? doc)
        : base(type)
    {
        Getter = fget;
        Setter = fset;
        Deleter = fdel;
        Doc = doc;
    }

    public PyObject? Getter { get; private set; }
    public PyObject? Setter { get; private set; }
    public PyObject? Deleter { get; private set; }
    public PyObject? Doc { get; private set; }

    /// <summary>prop_name: set by __set_name__ when the class is made (3.11), used in error messages.</summary>
    public PyObject? Name { get; internal set; }

    /// <summary>Takes new references to the given functions.</summary>
    public static PyProperty New(PyType type, PyObject? fget, PyObject? fset, PyObject? fdel, PyObject? doc)
    {
        RefCounts.XIncRef(fget);
        RefCounts.XIncRef(fset);
        RefCounts.XIncRef(fdel);
        RefCounts.XIncRef(doc);
        if (type.IsHeapType) RefCounts.IncRef(type);
        return Heap.Alloc(new PyProperty(type, fget, fset, fdel, doc));
    }

    public override long SizeOf() => 64;

    public override void Traverse(Action<PyObject> visit)
    {
        if (Getter is not null) visit(Getter);
        if (Setter is not null) visit(Setter);
        if (Deleter is not null) visit(Deleter);
        if (Doc is not null) visit(Doc);
        if (Name is not null) visit(Name);
        if (Type.IsHeapType) visit(Type);
    }

    internal override void ReleaseReferences()
    {
        PyObject? g = Getter, s = Setter, d = Deleter, doc = Doc, name = Name;
        Getter = Setter = Deleter = Doc = Name = null;
        RefCounts.XDecRef(name);
        RefCounts.XDecRef(g);
        RefCounts.XDecRef(s);
        RefCounts.XDecRef(d);
        RefCounts.XDecRef(doc);
        if (Type.IsHeapType) RefCounts.DecRef(Type);
    }
}
