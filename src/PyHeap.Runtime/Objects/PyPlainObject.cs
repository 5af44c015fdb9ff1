using PyHeap.Runtime.Memory;

namespace PyHeap.Runtime.Objects;

/// <summary>An instance of <c>object</c> itself (<c>object()</c>): 16 bytes, no attributes.</summary>
public sealed class PyPlainObject : PyObject
{
    private PyPlainObject()
        : base(Types.Object)
    {
    }

    public static PyPlainObject New() => Heap.Alloc(new PyPlainObject());

    public override long SizeOf() => 16;
}
