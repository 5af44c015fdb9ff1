using PyHeap.Runtime.Memory;

namespace PyHeap.Runtime.Objects;

/// <summary>member_descriptor (Objects/descrobject.c): one <c>__slots__</c> entry; it holds a reference to its class.</summary>
public sealed class PyMemberDescriptor : PyObject
{
    private PyMemberDescriptor(PyType owner, string name, int index)
        : base(Types.MemberDescriptor)
    {
        Owner = owner;
        Name = name;
        Index = index;
    }

    public PyType Owner { get; private set; }
    public string Name { get; }

    /// <summary>Position in the instance's slot values.</summary>
    public int Index { get; }

    public static PyMemberDescriptor New(PyType owner, string name, int index)
    {
        RefCounts.IncRef(owner);
        return Heap.Alloc(new PyMemberDescriptor(owner, name, index));
    }

    public override long SizeOf() => 56;

    public override void Traverse(Action<PyObject> visit) => visit(Owner);

    internal override void ReleaseReferences()
    {
        var owner = Owner;
        Owner = null!;
        RefCounts.DecRef(owner);
    }

    public override string ToString() => $"<member '{Name}' of '{Owner.Name}' objects>";
}
