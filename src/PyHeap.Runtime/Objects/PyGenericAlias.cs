using PyHeap.Runtime.Memory;

namespace PyHeap.Runtime.Objects;

/// <summary>
/// types.GenericAlias (Objects/genericaliasobject.c): what <c>list[int]</c> returns. It holds the origin class,
/// the argument tuple and, computed on first use, the type parameters (<c>__parameters__</c>).
/// </summary>
public sealed class PyGenericAlias : PyObject
{
    public static readonly PyType AliasType = MakeType();

    private PyGenericAlias(PyObject origin, PyTuple args)
        : base(AliasType)
    {
        Origin = origin;
        Args = args;
    }

    /// <summary>__origin__ (owned).</summary>
    public PyObject Origin { get; private set; }

    /// <summary>__args__ (owned).</summary>
    public PyTuple Args { get; private set; }

    /// <summary>__parameters__ (owned), null until first asked for, as in ga_parameters.</summary>
    public PyTuple? Parameters { get; set; }

    /// <summary>Py_GenericAlias(origin, args): a non-tuple argument becomes a 1-tuple.</summary>
    public static PyGenericAlias New(PyObject origin, PyObject args)
    {
        var tuple = args as PyTuple ?? PyTuple.Pack(args);
        if (ReferenceEquals(tuple, args)) RefCounts.IncRef(tuple);
        var alias = Heap.Alloc(new PyGenericAlias(origin, tuple));
        RefCounts.IncRef(origin);
        return alias;
    }

    /// <summary>gaobject: head, origin, args, parameters, weakreflist, starred, vectorcall.</summary>
    public override long SizeOf() => 64;

    internal override bool SupportsWeakrefs => true;

    public override void Traverse(Action<PyObject> visit)
    {
        visit(Origin);
        visit(Args);
        if (Parameters is not null) visit(Parameters);
    }

    internal override void ReleaseReferences()
    {
        var origin = Origin;
        var args = Args;
        var parameters = Parameters;
        Origin = null!;
        Args = null!;
        Parameters = null;
        RefCounts.DecRef(origin);
        RefCounts.DecRef(args);
        RefCounts.XDecRef(parameters);
    }

    private static PyType MakeType()
    {
        var t = Types.Make("types.GenericAlias", 64, TypeFlags.HaveGc | TypeFlags.BaseType);
        TypeSetup.Register(t);
        return t;
    }
}
