using PyHeap.Runtime.Memory;

namespace PyHeap.Runtime.Objects;

/// <summary>super (Objects/typeobject.c: superobject): the class to start after, the instance and its type.</summary>
public sealed class PySuper : PyObject
{
    private PySuper(PyType type, PyType start, PyObject? obj, PyType? objType)
        : base(type)
    {
        Start = start;
        Obj = obj;
        ObjType = objType;
    }

    public PyType Start { get; private set; }
    public PyObject? Obj { get; private set; }
    public PyType? ObjType { get; private set; }

    public static PySuper New(PyType start, PyObject? obj, PyType? objType)
    {
        RefCounts.IncRef(start);
        RefCounts.XIncRef(obj);
        RefCounts.XIncRef(objType);
        return Heap.Alloc(new PySuper(Types.Super, start, obj, objType));
    }

    public override long SizeOf() => 40;

    public override void Traverse(Action<PyObject> visit)
    {
        visit(Start);
        if (Obj is not null) visit(Obj);
        if (ObjType is not null) visit(ObjType);
    }

    internal override void ReleaseReferences()
    {
        PyObject? obj = Obj, objType = ObjType;
        PyObject start = Start;
        Obj = null;
        RefCounts.XDecRef(obj);
        Start = null!;
        RefCounts.DecRef(start);
        ObjType = null;
        RefCounts.XDecRef(objType);
    }
}
