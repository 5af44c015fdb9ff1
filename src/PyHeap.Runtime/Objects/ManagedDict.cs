using PyHeap.Runtime.Memory;

namespace PyHeap.Runtime.Objects;

/// <summary>
/// The managed <c>__dict__</c> of an instance of a heap type (3.11 Py_TPFLAGS_MANAGED_DICT, Objects/dictobject.c:
/// init_inline_values, _PyObject_StoreInstanceAttribute, make_dict_from_instance_attributes): attributes live in
/// inline values indexed by the class's shared keys, and a real dict is made only when <c>__dict__</c> is asked
/// for or a name no longer fits the shared keys. Used by plain instances and by instances of Python subclasses
/// of list and dict.
/// </summary>
public sealed class ManagedDict
{
    private readonly PyObject owner;
    private readonly bool inlineValues;
    private PyObject?[]? values;
    private List<int>? order;

    /// <summary>
    /// Storage for <paramref name="owner"/>, whose type's layout holds the shared keys. With
    /// <paramref name="inlineValues"/> false (the instance was made by a builtin's tp_new, which never calls
    /// _PyObject_InitializeDict as object_new does), the first attribute stored makes the dict
    /// (_PyObjectDict_SetItem).
    /// </summary>
    public ManagedDict(PyObject owner, bool inlineValues = true)
    {
        this.owner = owner;
        this.inlineValues = inlineValues;
    }

    /// <summary>
    /// The storage a heap type adds to an instance of a builtin (<paramref name="owner"/> is of that type): its
    /// <c>__slots__</c> members, if any, and the dict, made by the first attribute stored (a builtin's tp_new never
    /// initializes inline values).
    /// </summary>
    public static ManagedDict ForSubtype(PyObject owner)
    {
        var storage = new ManagedDict(owner, inlineValues: false);
        if (owner.Type.Layout is { SlotNames.Count: > 0 } layout) storage.SlotValues = new PyObject?[layout.SlotNames.Count];
        return storage;
    }

    /// <summary>__slots__ member values (owned) of an instance of a subclass of a builtin (PyInstance keeps its own).</summary>
    public PyObject?[]? SlotValues { get; private set; }

    /// <summary>The heap type gave its instances a <c>__dict__</c> (no <c>__slots__</c>, or '__dict__' among them).</summary>
    public bool HasDictSlot => owner.Type.Layout?.HasDict ?? false;

    /// <summary>The materialized dict (owned), if any.</summary>
    public PyDict? Dict { get; private set; }

    private ClassLayout Layout => owner.Type.Layout!;

    /// <summary>The attribute value (borrowed) from the inline values or the dict.</summary>
    public PyObject? TryGet(PyStr name)
    {
        if (Dict is not null) return Dict.GetItemOrNull(name);
        if (values is null) return null;
        var i = Layout.IndexOf(name);
        return i >= 0 && i < values.Length ? values[i] : null;
    }

    /// <summary>Stores an attribute (new reference taken), inline while the shared keys have room.</summary>
    public void Set(PyStr name, PyObject value)
    {
        if (Dict is not null || !inlineValues)
        {
            Materialize().SetItem(name, value);
            return;
        }
        var layout = Layout;
        var i = layout.IndexOf(name);
        if (i < 0)
        {
            if (layout.SharedKeysUsable <= 0)
            {
                Materialize();
                Dict!.SetItem(name, value);
                return;
            }
            layout.SharedKeys.Add(PyStr.Intern(name));
            layout.SharedKeysUsable--;
            i = layout.SharedKeys.Count - 1;
        }
        values ??= new PyObject?[ClassLayout.SharedKeysSize];
        order ??= [];
        RefCounts.IncRef(value);
        var old = values[i];
        values[i] = value;
        if (old is null) order.Add(i);
        else RefCounts.DecRef(old);
    }

    /// <summary>Deletes an attribute; false when it is absent.</summary>
    public bool Delete(PyStr name)
    {
        if (Dict is not null) return Dict.DelItem(name);
        var i = Layout.IndexOf(name);
        if (values is null || i < 0 || values[i] is null) return false;
        var old = values[i]!;
        values[i] = null;
        order!.Remove(i);
        RefCounts.DecRef(old);
        return true;
    }

    /// <summary>Makes the real dict (obj.__dict__, vars(obj)): the inline values move into it in insertion order.</summary>
    public PyDict Materialize()
    {
        if (Dict is not null) return Dict;
        var dict = PyDict.New();
        if (values is not null)
        {
            foreach (var i in order!)
            {
                var v = values[i]!;
                dict.SetItem(Layout.SharedKeys[i], v);
                RefCounts.DecRef(v);
                values[i] = null;
            }
            values = null;
            order = null;
        }
        Dict = dict;
        return dict;
    }

    /// <summary>The attributes in insertion order (borrowed), wherever they live.</summary>
    public IEnumerable<KeyValuePair<PyObject, PyObject>> Attributes()
    {
        if (Dict is not null) return Dict.Pairs();
        if (values is null) return [];
        var layout = Layout;
        return order!.Select(i => new KeyValuePair<PyObject, PyObject>(layout.SharedKeys[i], values[i]!)).ToList();
    }

    /// <summary>subtype_dealloc for an instance of a subclass of a builtin: the managed dict, the base type's own
    /// dealloc (<paramref name="baseDealloc"/>), then the reference to the heap type.</summary>
    public void SubtypeDealloc(Action baseDealloc)
    {
        Clear();
        baseDealloc();
        RefCounts.DecRef(owner.Type);
    }

    /// <summary>The heap type gave its instances a __weakref__ slot (tp_weaklistoffset); the builtin base has none.</summary>
    public bool HasWeakrefSlot => owner.Type.Layout?.HasWeakref ?? false;

    /// <summary>traverse_slots, then _PyObject_VisitInstanceAttributes or the dict: every reference the storage owns.</summary>
    public void Traverse(Action<PyObject> visit)
    {
        if (SlotValues is not null) foreach (var s in SlotValues) if (s is not null) visit(s);
        if (Dict is not null) visit(Dict);
        if (values is not null)
        {
            for (var i = 0; i < values.Length; i++) if (values[i] is { } v) visit(v);
        }
    }

    /// <summary>clear_slots, then _PyObject_ClearInstanceAttributes or Py_CLEAR of the dict (subtype_clear, subtype_dealloc).</summary>
    public void Clear()
    {
        if (SlotValues is { } slots)
        {
            for (var i = 0; i < slots.Length; i++)
            {
                var v = slots[i];
                slots[i] = null;
                RefCounts.XDecRef(v);
            }
        }
        if (Dict is { } d)
        {
            Dict = null;
            RefCounts.DecRef(d);
        }
        if (values is not null)
        {
            var vs = values;
            var ord = order!;
            values = null;
            order = null;
            var heap = Heap.Current;
            var detached = heap.Detach(vs);
            foreach (var i in ord)
            {
                var v = vs[i];
                vs[i] = null;
                RefCounts.XDecRef(v);
            }
            if (detached) heap.Reattach();
        }
    }
}
