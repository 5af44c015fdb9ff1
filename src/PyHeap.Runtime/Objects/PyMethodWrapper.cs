using PyHeap.Runtime.Memory;

namespace PyHeap.Runtime.Objects;

/// <summary>
/// method-wrapper (Objects/descrobject.c: wrapperobject): a slot wrapper bound to an instance, as
/// <c>iter([]).__next__</c> or <c>"ab".__len__</c> give. It owns references to its descriptor and its instance.
/// </summary>
public sealed class PyMethodWrapper : PyObject
{
    private PyMethodWrapper(PyWrapperDescriptor descriptor, PyObject self)
        : base(Types.MethodWrapper)
    {
        Descriptor = descriptor;
        Self = self;
    }

    public PyWrapperDescriptor Descriptor { get; private set; }
    public PyObject Self { get; private set; }

    /// <summary>PyWrapper_New: takes new references to both.</summary>
    public static PyMethodWrapper New(PyWrapperDescriptor descriptor, PyObject self)
    {
        var w = Heap.Alloc(new PyMethodWrapper(descriptor, self));
        RefCounts.IncRef(descriptor);
        RefCounts.IncRef(self);
        return w;
    }

    /// <summary>wrapper_traverse visits descr and self.</summary>
    public override void Traverse(Action<PyObject> visit)
    {
        visit(Descriptor);
        visit(Self);
    }

    /// <summary>wrapper_dealloc: Py_XDECREF(descr), then Py_XDECREF(self).</summary>
    internal override void ReleaseReferences()
    {
        var d = Descriptor;
        var s = Self;
        Descriptor = null!;
        Self = null!;
        RefCounts.XDecRef(d);
        RefCounts.XDecRef(s);
    }

    public override string ToString() => $"<method-wrapper '{Descriptor.Name}' of {Self.Type.Name} object at 0x{Self.Address:x}>";
}
