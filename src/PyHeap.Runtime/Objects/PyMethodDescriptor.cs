using PyHeap.Runtime.Memory;

namespace PyHeap.Runtime.Objects;

/// <summary>
/// method_descriptor (Objects/descrobject.c): a builtin type's method in its namespace. LOAD_METHOD finds it and
/// calls it with the instance first, so no bound object is made; attribute access binds it instead.
/// A class method descriptor (e.g. <c>dict.fromkeys</c>) binds to the type.
/// </summary>
public sealed class PyMethodDescriptor : PyObject
{
    private PyMethodDescriptor(PyType owner, string name, NativeFunction function, bool isClassMethod)
        : base(isClassMethod ? Types.ClassMethodDescriptor : Types.MethodDescriptor)
    {
        Owner = owner;
        Name = name;
        Function = function;
        IsClassMethod = isClassMethod;
    }

    public PyType Owner { get; }
    public string Name { get; }
    public NativeFunction Function { get; }
    public bool IsClassMethod { get; }

    public static PyMethodDescriptor Create(PyType owner, string name, NativeFunction function, bool isClassMethod = false) =>
        Heap.Static(new PyMethodDescriptor(owner, name, function, isClassMethod));

    public override string ToString() => $"<method '{Name}' of '{Owner.Name}' objects>";
}
