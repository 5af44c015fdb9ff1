using PyHeap.Runtime.Memory;

namespace PyHeap.Runtime.Objects;

/// <summary>
/// An instance of a class made by a class statement (subtype of object). In 3.11 its attributes live in
/// inline values indexed by the class's shared keys, and a real dict is made only when <c>__dict__</c> is
/// asked for or a name no longer fits the shared keys. It always holds a reference to its class.
/// </summary>
public sealed class PyInstance : PyObject
{
    private readonly ManagedDict attributes;

    private PyInstance(PyType type)
        : base(type)
    {
        var layout = type.Layout!;
        if (layout.SlotNames.Count > 0) SlotValues = new PyObject?[layout.SlotNames.Count];
        attributes = new ManagedDict(this);
    }

    /// <summary>The materialized dict (owned), if any.</summary>
    public PyDict? Dict => attributes.Dict;

    /// <summary>__slots__ member values (owned).</summary>
    public PyObject?[]? SlotValues { get; }

    public bool HasAttributeStorage => Type.Layout!.HasDict;

    /// <summary>The managed dict storage (inline values or the dict).</summary>
    public ManagedDict ManagedAttributes => attributes;

    /// <summary>object_new for a heap type: the instance takes a reference to its class.</summary>
    public static PyInstance New(PyType type)
    {
        var layout = type.Layout!;
        if (layout.HasDict && layout.SharedKeysUsable > 1) layout.SharedKeysUsable--;
        // PyType_GenericAlloc: the block (and a possible collection) comes first, then _PyObject_Init's incref.
        var obj = Heap.Alloc(new PyInstance(type));
        RefCounts.IncRef(type);
        return obj;
    }

    /// <summary>The attribute value (borrowed) from the inline values or the dict.</summary>
    public PyObject? TryGetAttribute(PyStr name) => attributes.TryGet(name);

    /// <summary>Stores an attribute (new reference taken), inline while the shared keys have room.</summary>
    public void SetAttribute(PyStr name, PyObject value) => attributes.Set(name, value);

    public bool DeleteAttribute(PyStr name) => attributes.Delete(name);

    /// <summary>Makes the real dict (obj.__dict__, vars(obj)): the inline values move into it in insertion order.</summary>
    public PyDict MaterializeDict() => attributes.Materialize();

    /// <summary>The attributes in insertion order (borrowed), wherever they live.</summary>
    public IEnumerable<KeyValuePair<PyObject, PyObject>> Attributes() => attributes.Attributes();

    /// <summary>object.__sizeof__: basicsize (24 with a weakref slot; 16 + 8 per slot for __slots__ classes).</summary>
    public override long SizeOf() => Type.BasicSize;

    public override int AllocationSize => Type.BasicSize + Heap.GcHeaderSize + (Type.Layout!.HasDict ? 16 : 0);

    public override void Traverse(Action<PyObject> visit)
    {
        if (SlotValues is not null) foreach (var s in SlotValues) if (s is not null) visit(s);
        attributes.Traverse(visit);
        visit(Type);
    }

    internal override bool UsesTrashcan => true;

    internal override void ReleaseReferences()
    {
        // subtype_dealloc: slots, then the dict / inline values (insertion order), then the class.
        GcClear();
        RefCounts.DecRef(Type);
    }

    internal override bool SupportsWeakrefs => Type.Layout?.HasWeakref ?? false;

    /// <summary>subtype_clear: slots, then the inline values or the dict; the class stays.</summary>
    internal override void GcClear()
    {
        if (SlotValues is not null)
        {
            for (var i = 0; i < SlotValues.Length; i++)
            {
                var v = SlotValues[i];
                SlotValues[i] = null;
                RefCounts.XDecRef(v);
            }
        }
        attributes.Clear();
    }
}
