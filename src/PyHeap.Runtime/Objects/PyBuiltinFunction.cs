using PyHeap.Runtime.Memory;

namespace PyHeap.Runtime.Objects;

/// <summary>builtin_function_or_method (Objects/methodobject.c: PyCFunctionObject): a C# function, possibly bound to <c>__self__</c>.</summary>
public sealed class PyBuiltinFunction : PyObject
{
    private PyBuiltinFunction(string name, NativeFunction function, PyObject? self, string? ownerName)
        : base(Types.BuiltinFunction)
    {
        Name = name;
        Function = function;
        Self = self;
        OwnerName = ownerName;
    }

    public string Name { get; }
    public NativeFunction Function { get; }

    /// <summary>m_self: the bound object (owned) or null for plain module functions made static.</summary>
    public PyObject? Self { get; private set; }

    /// <summary>The type name for methods ("list" in "list.append"), for error messages and reprs.</summary>
    public string? OwnerName { get; }

    /// <summary>An immortal builtin (module-level functions such as <c>len</c>).</summary>
    public static PyBuiltinFunction Static(string name, NativeFunction function) =>
        Heap.Static(new PyBuiltinFunction(name, function, null, null));

    /// <summary>A method bound to <paramref name="self"/> (a new reference is taken).</summary>
    public static PyBuiltinFunction Bound(string name, NativeFunction function, PyObject self, string ownerName)
    {
        // PyCFunction_NewEx allocates first (which may collect), then takes m_self's reference.
        var method = Heap.Alloc(new PyBuiltinFunction(name, function, self, ownerName));
        RefCounts.IncRef(self);
        return method;
    }

    public PyObject Invoke(ReadOnlySpan<PyObject> args, PyTuple? kwnames) => Function(Self ?? PyNone.None, args, kwnames);

    public override void Traverse(Action<PyObject> visit)
    {
        if (Self is not null) visit(Self);
    }

    internal override bool SupportsWeakrefs => true;

    internal override void ReleaseReferences()
    {
        var s = Self;
        Self = null;
        RefCounts.XDecRef(s);
    }

    public override string ToString() => Self is null || OwnerName is null
        ? $"<built-in function {Name}>"
        : $"<built-in method {Name} of {OwnerName} object at 0x{Self.Address:x}>";
}
