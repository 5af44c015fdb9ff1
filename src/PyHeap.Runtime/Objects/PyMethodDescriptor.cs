using PyHeap.Runtime.Memory;

namespace PyHeap.Runtime.Objects;

/// <summary>
/// method_descriptor (Objects/descrobject.c): a builtin type's method in its namespace. LOAD_METHOD finds it and
/// calls it with the instance first, so no bound object is made; attribute access binds it instead.
/// A class method descriptor (e.g. <c>dict.fromkeys</c>) binds to the type.
/// </summary>
public sealed class PyMethodDescriptor : PyObject
{
    private PyMethodDescriptor(PyType owner, string name, NativeFunction function, bool isClassMethod, bool isVarargs = false)
        : base(isClassMethod ? Types.ClassMethodDescriptor : Types.MethodDescriptor)
    {
        Owner = owner;
        Name = name;
        Function = function;
        IsClassMethod = isClassMethod;
        IsVarargs = isVarargs;
    }

    public PyType Owner { get; }
    public string Name { get; }
    public NativeFunction Function { get; }
    public bool IsClassMethod { get; }

    /// <summary>
    /// METH_VARARGS without METH_KEYWORDS (str.find, set.union): called through the descriptor, keywords are refused
    /// with the qualified name ("str.find() takes no keyword arguments"); a bound method leaves that to the function
    /// ("find() takes no keyword arguments").
    /// </summary>
    public bool IsVarargs { get; }

    public static PyMethodDescriptor Create(PyType owner, string name, NativeFunction function, bool isClassMethod = false) =>
        Heap.Static(new PyMethodDescriptor(owner, name, function, isClassMethod));

    /// <summary>The same method marked METH_VARARGS.</summary>
    public static PyMethodDescriptor CreateVarargs(PyType owner, string name, NativeFunction function) =>
        Heap.Static(new PyMethodDescriptor(owner, name, function, isClassMethod: false, isVarargs: true));

    public override string ToString() => $"<method '{Name}' of '{Owner.Name}' objects>";
}
