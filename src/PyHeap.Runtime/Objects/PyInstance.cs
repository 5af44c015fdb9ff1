using PyHeap.Runtime.Memory;

namespace PyHeap.Runtime.Objects;

/// <summary>
/// An instance of a class made by a class statement (subtype of object). In 3.11 its attributes live in
/// inline values indexed by the class's shared keys, and a real dict is made only when <c>__dict__</c> is
/// asked for or a name no longer fits the shared keys. It always holds a reference to its class.
/// </summary>
public sealed class PyInstance : PyObject
{
    private PyObject?[]? values;
    private List<int>? order;

    private PyInstance(PyType type)
        : base(type)
    {
        var layout = type.Layout!;
        if (layout.SlotNames.Count > 0) SlotValues = new PyObject?[layout.SlotNames.Count];
    }

    /// <summary>The materialized dict (owned), if any.</summary>
    public PyDict? Dict { get; private set; }

    /// <summary>__slots__ member values (owned).</summary>
    public PyObject?[]? SlotValues { get; }

    public bool HasAttributeStorage => Type.Layout!.HasDict;

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
    public PyObject? TryGetAttribute(PyStr name)
    {
        if (Dict is not null) return Dict.GetItemOrNull(name);
        if (values is null) return null;
        var i = Type.Layout!.IndexOf(name);
        return i >= 0 && i < values.Length ? values[i] : null;
    }

    /// <summary>Stores an attribute (new reference taken), inline while the shared keys have room.</summary>
    public void SetAttribute(PyStr name, PyObject value)
    {
        if (Dict is not null)
        {
            Dict.SetItem(name, value);
            return;
        }
        var layout = Type.Layout!;
        var i = layout.IndexOf(name);
        if (i < 0)
        {
            if (layout.SharedKeysUsable <= 0)
            {
                MaterializeDict();
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

    public bool DeleteAttribute(PyStr name)
    {
        if (Dict is not null) return Dict.DelItem(name);
        var i = Type.Layout!.IndexOf(name);
        if (values is null || i < 0 || values[i] is null) return false;
        var old = values[i]!;
        values[i] = null;
        order!.Remove(i);
        RefCounts.DecRef(old);
        return true;
    }

    /// <summary>Makes the real dict (obj.__dict__, vars(obj)): the inline values move into it in insertion order.</summary>
    public PyDict MaterializeDict()
    {
        if (Dict is not null) return Dict;
        var dict = PyDict.New();
        if (values is not null)
        {
            foreach (var i in order!)
            {
                var v = values[i]!;
                dict.SetItem(Type.Layout!.SharedKeys[i], v);
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
        var layout = Type.Layout!;
        return order!.Select(i => new KeyValuePair<PyObject, PyObject>(layout.SharedKeys[i], values[i]!)).ToList();
    }

    /// <summary>object.__sizeof__: basicsize (24 with a weakref slot; 16 + 8 per slot for __slots__ classes).</summary>
    public override long SizeOf() => Type.BasicSize;

    public override int AllocationSize => Type.BasicSize + Heap.GcHeaderSize + (Type.Layout!.HasDict ? 16 : 0);

    public override void Traverse(Action<PyObject> visit)
    {
        if (SlotValues is not null) foreach (var s in SlotValues) if (s is not null) visit(s);
        if (Dict is not null) visit(Dict);
        if (values is not null)
        {
            for (var i = 0; i < values.Length; i++) if (values[i] is { } v) visit(v);
        }
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
