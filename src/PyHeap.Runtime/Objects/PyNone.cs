namespace PyHeap.Runtime.Objects;

/// <summary>None (Objects/object.c: _Py_NoneStruct): a static, immortal singleton.</summary>
public sealed class PyNone : PyObject
{
    public static readonly PyNone None = Memory.Heap.Static(new PyNone());

    private PyNone()
        : base(Types.NoneType)
    {
    }

    public override string ToString() => "None";
}
