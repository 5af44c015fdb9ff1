namespace PyHeap.Runtime.Objects;

/// <summary>
/// A type object (Include/cpython/object.h: PyTypeObject). Builtin types are static and immortal; classes made
/// by a class statement are heap types with real reference counts. Behaviour lives in the slot fields, as in
/// CPython: builtin types fill them with C# functions, heap types with wrappers that call the Python dunder
/// (Objects/typeobject.c: slot_tp_repr, slot_nb_add …).
/// </summary>
public sealed partial class PyType : PyObject
{
    internal PyType(PyType? metatype, string name, PyType? @base, int basicSize, TypeFlags flags)
        : base(metatype ?? null!)
    {
        Name = name;
        QualName = name;
        Base = @base;
        BasicSize = basicSize;
        TypeFlags = flags;
    }

    /// <summary>tp_name (the short name; builtin types have no module prefix).</summary>
    public string Name { get; internal set; }

    /// <summary>__qualname__.</summary>
    public string QualName { get; internal set; }

    /// <summary>__module__ for heap types ("builtins" for static types).</summary>
    public string ModuleName { get; internal set; } = "builtins";

    /// <summary>tp_base: the solid base (first base for our subset).</summary>
    public PyType? Base { get; internal set; }

    /// <summary>tp_bases (a tuple of types).</summary>
    public PyTuple? Bases { get; internal set; }

    /// <summary>tp_mro: the C3 linearisation, this type first.</summary>
    public PyTuple? Mro { get; internal set; }

    /// <summary>tp_subclasses of a heap type (owned; not visited by tp_traverse, as in CPython).</summary>
    internal PyDict? SubclassDict;

    /// <summary>tp_dict: the class namespace.</summary>
    public PyDict? Dict { get; internal set; }

    /// <summary>tp_basicsize (no GC header).</summary>
    public int BasicSize { get; internal set; }

    /// <summary>tp_itemsize.</summary>
    public int ItemSize { get; internal set; }

    public TypeFlags TypeFlags { get; internal set; }

    /// <summary>Instance layout of a heap type (null for static types).</summary>
    public ClassLayout? Layout { get; internal set; }

    public bool IsGc => (TypeFlags & TypeFlags.HaveGc) != 0;

    /// <summary>A heap type whose MRO defines <c>__del__</c> (tp_finalize is slot_tp_finalize); kept by the slot fixup.</summary>
    public bool HasDel { get; internal set; }
    public bool IsHeapType => (TypeFlags & TypeFlags.HeapType) != 0;

    // ---- slots (null = not supported) ----
    public UnaryFunc? Repr;
    public UnaryFunc? Str;
    public HashFunc? Hash;
    public RichCompareFunc? RichCompare;
    public GetAttrFunc? GetAttr;
    public SetAttrFunc? SetAttr;
    public CallFunc? Call;
    public UnaryFunc? Iter;
    public IterNextFunc? IterNext;
    public LenFunc? Length;
    public GetItemFunc? GetItem;
    public SetItemFunc? SetItem;
    public ContainsFunc? Contains;
    public InquiryFunc? Bool;
    public DescrGetFunc? DescrGet;
    public DescrSetFunc? DescrSet;
    public UnaryFunc? Negative;
    public UnaryFunc? Positive;
    public UnaryFunc? Invert;
    public UnaryFunc? Absolute;
    public UnaryFunc? Index;
    public UnaryFunc? Int;
    public UnaryFunc? Float;
    public TernaryFunc? Power;

    /// <summary>sq_concat / sq_repeat and their in-place forms: tried after the number slots decline.</summary>
    public BinaryFunc? SeqConcat;
    public BinaryFunc? SeqRepeat;
    public BinaryFunc? SeqInPlaceConcat;
    public BinaryFunc? SeqInPlaceRepeat;
    public TernaryFunc? InPlacePower;

    /// <summary>Binary number slots indexed by the BINARY_OP argument (NB_ADD = 0 … NB_XOR = 12).</summary>
    public readonly BinaryFunc?[] NumberSlots = new BinaryFunc?[13];

    /// <summary>In-place number slots indexed the same way (BINARY_OP argument minus 13).</summary>
    public readonly BinaryFunc?[] InPlaceSlots = new BinaryFunc?[13];

    /// <summary>The "constructor" used by type_call: makes an instance (tp_new) and initializes it (tp_init).</summary>
    public CallFunc? New;
    public CallFunc? Init;

    /// <summary>Frees what the instance owns when it dies (tp_dealloc after finalization); default releases references.</summary>
    public Action<PyObject>? Finalize;

    /// <summary>_PyType_Lookup: the attribute found first along the MRO (borrowed), or null.</summary>
    public PyObject? Lookup(PyStr name)
    {
        var mro = Mro;
        if (mro is null) return Dict?.GetItemOrNull(name);
        var items = mro.Items;
        for (var i = 0; i < items.Length; i++)
        {
            var found = ((PyType)items[i]).Dict!.GetItemOrNull(name);
            if (found is not null) return found;
        }
        return null;
    }

    /// <summary>PyType_IsSubtype: is this type <paramref name="other"/> or derived from it?</summary>
    public bool IsSubtypeOf(PyType other)
    {
        if (ReferenceEquals(this, other)) return true;
        var mro = Mro;
        if (mro is null)
        {
            for (var t = Base; t is not null; t = t.Base)
                if (ReferenceEquals(t, other)) return true;
            return false;
        }
        foreach (var t in mro.Items)
            if (ReferenceEquals(t, other)) return true;
        return false;
    }

    /// <summary>Everything the type owns, its subclass registry included (the audit); the collector skips that.</summary>
    public override void Traverse(Action<PyObject> visit)
    {
        TraverseGc(visit);
        if (SubclassDict is not null) visit(SubclassDict);
    }

    /// <summary>type_traverse: tp_dict, tp_bases, tp_mro, tp_base — not tp_subclasses (weak references only).</summary>
    public override void TraverseGc(Action<PyObject> visit)
    {
        // subtype_traverse visits the metaclass of a class whose metaclass is itself a class, then type_traverse.
        if (Type.IsHeapType) visit(Type);
        if (Dict is not null) visit(Dict);
        if (Bases is not null) visit(Bases);
        if (Mro is not null) visit(Mro);
        if (Base is not null) visit(Base);
    }

    /// <summary>type_clear: empties tp_dict, then drops tp_mro — a tuple holding the class itself, which
    /// nothing else would break (heap types only are ever collected).</summary>
    internal override void GcClear()
    {
        Dict?.Clear();
        var mro = Mro;
        Mro = null;
        Memory.RefCounts.XDecRef(mro);
    }

    internal override bool SupportsWeakrefs => true;

    /// <summary>type___sizeof__: a class whose instances have a managed dict also counts its cached shared keys
    /// (_PyDict_NewKeysForClass: 64 indices and 42 entries, 768 bytes), a separate allocation.</summary>
    public override long SizeOf() => Type.BasicSize + (IsHeapType && (TypeFlags & TypeFlags.ManagedDict) != 0 ? CachedKeysSize : 0);

    private const int CachedKeysSize = 768;

    public override int AllocationSize => Type.BasicSize + Memory.Heap.GcHeaderSize;

    internal override void ReleaseReferences()
    {
        // type_dealloc: leave the bases' subclass registries first, then drop what the type owns.
        if (Bases is { } registered) Builtins.Subclasses.Remove(this, registered);
        var subclasses = SubclassDict;
        SubclassDict = null;
        Memory.RefCounts.XDecRef(subclasses);
        var dict = Dict; Dict = null;
        var bases = Bases; Bases = null;
        var mro = Mro; Mro = null;
        var b = Base; Base = null;
        Memory.RefCounts.XDecRef(dict);
        Memory.RefCounts.XDecRef(bases);
        Memory.RefCounts.XDecRef(mro);
        Memory.RefCounts.XDecRef(b);
        if (Type.IsHeapType) Memory.RefCounts.DecRef(Type); // subtype_dealloc: the metaclass goes last
    }

    /// <summary>type_repr: module-qualified qualname, or tp_name when __module__ is builtins or not a str.</summary>
    public override string ToString() => IsHeapType && ModuleName != "builtins" ? $"<class '{ModuleName}.{QualName}'>" : $"<class '{Name}'>";
}
