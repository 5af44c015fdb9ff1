using PyHeap.Runtime.Memory;

namespace PyHeap.Runtime.Objects;

/// <summary>
/// getset_descriptor (Objects/descrobject.c): a computed attribute of a builtin type (<c>__dict__</c>,
/// <c>__class__</c>, <c>f.__defaults__</c> …). Heap types get <c>__dict__</c> and <c>__weakref__</c> ones that
/// hold a reference to their class — two of the references in a fresh class's count.
/// </summary>
public sealed class PyGetSetDescriptor : PyObject
{
    private PyGetSetDescriptor(PyType owner, string name, Func<PyObject, PyObject> getter, Action<PyObject, PyObject?>? setter)
        : base(Types.GetSetDescriptor)
    {
        Owner = owner;
        Name = name;
        Getter = getter;
        Setter = setter;
    }

    public PyType Owner { get; private set; }
    public string Name { get; }

    /// <summary>Returns a new reference for the instance.</summary>
    public Func<PyObject, PyObject> Getter { get; }

    /// <summary>Sets (or with null deletes) the attribute; null when read-only.</summary>
    public Action<PyObject, PyObject?>? Setter { get; }

    /// <summary>A descriptor of a static type (immortal).</summary>
    public static PyGetSetDescriptor Static(PyType owner, string name, Func<PyObject, PyObject> getter, Action<PyObject, PyObject?>? setter = null) =>
        Heap.Static(new PyGetSetDescriptor(owner, name, getter, setter));

    /// <summary>A descriptor owned by a heap type (holds a new reference to it).</summary>
    public static PyGetSetDescriptor ForHeapType(PyType owner, string name, Func<PyObject, PyObject> getter, Action<PyObject, PyObject?>? setter = null)
    {
        RefCounts.IncRef(owner);
        return Heap.Alloc(new PyGetSetDescriptor(owner, name, getter, setter));
    }

    public override long SizeOf() => 56;

    public override void Traverse(Action<PyObject> visit) => visit(Owner);

    internal override void ReleaseReferences()
    {
        var owner = Owner;
        Owner = null!;
        RefCounts.DecRef(owner);
    }

    public override string ToString() => $"<attribute '{Name}' of '{Owner.Name}' objects>";
}
