using PyHeap.Runtime.Memory;

namespace PyHeap.Runtime.Objects;

/// <summary>
/// wrapper_descriptor (Objects/descrobject.c: PyWrapperDescrObject): a slot of a builtin type shown in its
/// namespace (<c>str.__len__</c>, <c>list_iterator.__next__</c>), made by typeobject.c: add_operators. It is
/// not a method descriptor: attribute access and LOAD_METHOD bind it to a method-wrapper object.
/// </summary>
public sealed class PyWrapperDescriptor : PyObject
{
    private PyWrapperDescriptor(PyType owner, string name, NativeFunction wrapper, bool acceptsKeywords)
        : base(Types.WrapperDescriptor)
    {
        Owner = owner;
        Name = name;
        Wrapper = wrapper;
        AcceptsKeywords = acceptsKeywords;
    }

    /// <summary>d_type: the type whose slot this wraps.</summary>
    public PyType Owner { get; }
    public string Name { get; }

    /// <summary>The wrapper function (wrap_binaryfunc, wrap_lenfunc …) bound to the type's own slot.</summary>
    public NativeFunction Wrapper { get; }

    /// <summary>PyWrapperFlag_KEYWORDS (__call__, __init__): otherwise keywords are refused before the wrapper runs.</summary>
    public bool AcceptsKeywords { get; }

    public static PyWrapperDescriptor Create(PyType owner, string name, NativeFunction wrapper, bool acceptsKeywords = false) =>
        Heap.Static(new PyWrapperDescriptor(owner, name, wrapper, acceptsKeywords));

    public override string ToString() => $"<slot wrapper '{Name}' of '{Owner.Name}' objects>";
}
