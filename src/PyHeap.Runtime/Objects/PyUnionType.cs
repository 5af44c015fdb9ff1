using PyHeap.Runtime.Memory;

namespace PyHeap.Runtime.Objects;

/// <summary>types.UnionType (Objects/unionobject.c): what <c>int | None</c> returns, holding the flattened arguments.</summary>
public sealed class PyUnionType : PyObject
{
    public static readonly PyType UnionType = MakeType();

    private PyUnionType(PyTuple args)
        : base(UnionType)
    {
        Args = args;
    }

    /// <summary>__args__ (owned).</summary>
    public PyTuple Args { get; private set; }

    /// <summary>__parameters__ (owned), computed on first use.</summary>
    public PyTuple? Parameters { get; set; }

    /// <summary>Takes over the reference to <paramref name="args"/>.</summary>
    public static PyUnionType Steal(PyTuple args) => Heap.Alloc(new PyUnionType(args));

    /// <summary>unionobject: head, args, parameters.</summary>
    public override long SizeOf() => 32;

    public override void Traverse(Action<PyObject> visit)
    {
        visit(Args);
        if (Parameters is not null) visit(Parameters);
    }

    internal override void ReleaseReferences()
    {
        var args = Args;
        var parameters = Parameters;
        Args = null!;
        Parameters = null;
        RefCounts.DecRef(args);
        RefCounts.XDecRef(parameters);
    }

    private static PyType MakeType()
    {
        var t = Types.Make("types.UnionType", 32, TypeFlags.HaveGc);
        TypeSetup.Register(t);
        return t;
    }
}
