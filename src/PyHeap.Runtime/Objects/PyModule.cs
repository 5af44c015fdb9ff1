using PyHeap.Runtime.Memory;

namespace PyHeap.Runtime.Objects;

/// <summary>module (Objects/moduleobject.c): a name and a namespace dict.</summary>
public sealed class PyModule : PyObject
{
    private PyModule(string name, PyDict dict)
        : base(Types.Module)
    {
        Name = name;
        Dict = dict;
    }

    public string Name { get; }
    public PyDict Dict { get; private set; }

    /// <summary>A module with a fresh namespace holding <c>__name__</c> and <c>__doc__</c>.</summary>
    /// <summary>Adds a module-level builtin function (bound to the module, as PyModule_AddFunctions does).</summary>
    public void AddFunction(string name, NativeFunction function)
    {
        var fn = PyBuiltinFunction.Bound(name, function, this, "module");
        Dict.SetItem(name, fn);
        Memory.RefCounts.DecRef(fn);
    }

    public static PyModule New(string name)
    {
        var dict = PyDict.New();
        var module = Heap.Alloc(new PyModule(name, dict));
        var n = PyStr.From(name);
        dict.SetItem("__name__", n);
        RefCounts.DecRef(n);
        dict.SetItem("__doc__", PyNone.None);
        dict.SetItem("__package__", PyNone.None);
        dict.SetItem("__loader__", PyNone.None);
        dict.SetItem("__spec__", PyNone.None);
        return module;
    }

    public override long SizeOf() => 56;

    public override void Traverse(Action<PyObject> visit) => visit(Dict);

    internal override bool SupportsWeakrefs => true;

    internal override void ReleaseReferences()
    {
        var d = Dict;
        Dict = null!;
        RefCounts.DecRef(d);
    }

    public override string ToString() => $"<module '{Name}'>";
}
