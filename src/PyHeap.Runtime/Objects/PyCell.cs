using PyHeap.Runtime.Memory;

namespace PyHeap.Runtime.Objects;

/// <summary>cell (Objects/cellobject.c): holds one reference to a captured variable's value, however many closures share it.</summary>
public sealed class PyCell : PyObject
{
    private PyCell(PyObject? contents)
        : base(Types.Cell)
    {
        Contents = contents;
    }

    /// <summary>The value (an owned reference), or null when the variable is unbound.</summary>
    public PyObject? Contents { get; internal set; }

    /// <summary>A new cell taking over the reference to <paramref name="contents"/>.</summary>
    public static PyCell NewSteal(PyObject? contents) => Heap.Alloc(new PyCell(contents));

    public void Set(PyObject? value)
    {
        var old = Contents;
        Contents = value;
        RefCounts.XDecRef(old);
    }

    public override void Traverse(Action<PyObject> visit)
    {
        if (Contents is not null) visit(Contents);
    }

    internal override void ReleaseReferences() => Set(null);

    internal override void GcClear() => Set(null);
}
