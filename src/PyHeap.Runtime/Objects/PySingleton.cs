namespace PyHeap.Runtime.Objects;

/// <summary>NotImplemented and Ellipsis: static, immortal singletons distinguished by their type.</summary>
public sealed class PySingleton : PyObject
{
    public static readonly PySingleton NotImplemented = Memory.Heap.Static(new PySingleton(Types.NotImplementedType, "NotImplemented"));
    public static readonly PySingleton Ellipsis = Memory.Heap.Static(new PySingleton(Types.EllipsisType, "Ellipsis"));

    private PySingleton(PyType type, string name)
        : base(type)
    {
        Name = name;
    }

    public string Name { get; }

    public override string ToString() => Name;
}
