using PyHeap.Runtime.Memory;

namespace PyHeap.Runtime.Objects;

/// <summary>
/// function (Objects/funcobject.c): code, globals, name, qualname, defaults (a tuple: <c>__defaults__</c>),
/// keyword-only defaults (a dict: <c>__kwdefaults__</c>), the closure (a tuple of cells), doc and module.
/// </summary>
public sealed class PyFunction : PyObject
{
    private PyFunction(PyCode code, PyDict globals, PyStr qualName)
        : base(Types.Function)
    {
        Code = code;
        Globals = globals;
        QualName = qualName;
        Name = PyStr.Intern(code.Name);
    }

    public PyCode Code { get; internal set; }
    public PyDict Globals { get; private set; }
    public PyStr Name { get; internal set; }
    public PyStr QualName { get; internal set; }
    public PyTuple? Defaults { get; internal set; }
    public PyDict? KwDefaults { get; internal set; }
    public PyTuple? Closure { get; internal set; }
    public PyObject? Doc { get; internal set; }
    public PyObject? Module { get; internal set; }
    public PyObject? Annotations { get; internal set; }
    public PyDict? Dict { get; internal set; }

    /// <summary>PyFunction_New: takes new references to code, globals and qualname; module from globals['__name__'].</summary>
    public static PyFunction New(PyCode code, PyDict globals, PyStr qualName)
    {
        // PyFunction_New: the block first (an allocation may collect), then the references it takes.
        var f = Heap.Alloc(new PyFunction(code, globals, qualName));
        RefCounts.IncRef(code);
        RefCounts.IncRef(globals);
        RefCounts.IncRef(qualName);
        RefCounts.IncRef(f.Name);
        var doc = code.Consts.Length > 0 && code.Consts[0] is PyStr s && (code.Code.Flags & Language.Compiling.CodeFlags.Optimized) != 0 ? (PyObject)s : PyNone.None;
        RefCounts.IncRef(doc);
        f.Doc = doc;
        if (globals.GetItemOrNull("__name__") is { } module)
        {
            RefCounts.IncRef(module);
            f.Module = module;
        }
        return f;
    }

    /// <summary>Setting __defaults__ (func_set_defaults): the new tuple is stored, then the old one released.</summary>
    public void SetDefaults(PyTuple? value)
    {
        RefCounts.XIncRef(value);
        var old = Defaults;
        Defaults = value;
        RefCounts.XDecRef(old);
    }

    public void SetKwDefaults(PyDict? value)
    {
        RefCounts.XIncRef(value);
        var old = KwDefaults;
        KwDefaults = value;
        RefCounts.XDecRef(old);
    }

    public void SetName(PyStr value, bool qualified)
    {
        RefCounts.IncRef(value);
        var old = qualified ? QualName : Name;
        if (qualified) QualName = value;
        else Name = value;
        RefCounts.DecRef(old);
    }

    public override long SizeOf() => 136;

    public override void Traverse(Action<PyObject> visit)
    {
        visit(Code);
        visit(Globals);
        if (Module is not null) visit(Module);
        if (Defaults is not null) visit(Defaults);
        if (KwDefaults is not null) visit(KwDefaults);
        if (Doc is not null) visit(Doc);
        visit(Name);
        if (Dict is not null) visit(Dict);
        if (Closure is not null) visit(Closure);
        if (Annotations is not null) visit(Annotations);
        visit(QualName);
    }

    /// <summary>func_clear's optional fields (module, defaults, kwdefaults, doc, dict, closure, annotations);
    /// globals stay, which our function needs until it dies.</summary>
    internal override void GcClear()
    {
        PyObject? m = Module, d = Defaults, k = KwDefaults, doc = Doc, dict = Dict, c = Closure, a = Annotations;
        Module = null; Defaults = null; KwDefaults = null; Doc = null; Dict = null; Closure = null; Annotations = null;
        RefCounts.XDecRef(m);
        RefCounts.XDecRef(d);
        RefCounts.XDecRef(k);
        RefCounts.XDecRef(doc);
        RefCounts.XDecRef(dict);
        RefCounts.XDecRef(c);
        RefCounts.XDecRef(a);
    }

    internal override bool SupportsWeakrefs => true;

    internal override void ReleaseReferences()
    {
        // func_clear order: globals, module, defaults, kwdefaults, doc, dict, closure, annotations; then code, name, qualname.
        var globals = Globals;
        Globals = null!;
        RefCounts.DecRef(globals);
        GcClear();
        RefCounts.DecRef(Code);
        RefCounts.DecRef(Name);
        RefCounts.DecRef(QualName);
    }

    public override string ToString() => $"<function {QualName.Value} at 0x{Address:x}>";
}
