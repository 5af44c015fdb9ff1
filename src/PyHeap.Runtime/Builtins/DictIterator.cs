using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>
/// The dict iterators (Objects/dictobject.c: dictiterobject): dict_keyiterator, dict_valueiterator,
/// dict_itemiterator and their reverse forms. 56 bytes plus the GC header: the dict, the size it had, a
/// position in the entries array, a length and, for items, a cached result tuple that is reused while nobody
/// else holds it (so <c>for k, v in d.items()</c> leaves the current value with one extra reference).
/// </summary>
public sealed class DictIterator : PyObject
{
    private static readonly PyType[] ForwardTypes =
        [MakeType("dict_keyiterator", false), MakeType("dict_valueiterator", false), MakeType("dict_itemiterator", false)];

    private static readonly PyType[] ReverseTypes =
        [MakeType("dict_reversekeyiterator", true), MakeType("dict_reversevalueiterator", true), MakeType("dict_reverseitemiterator", true)];

    private readonly DictViewKind kind;
    private PyDict? dict;
    private long diUsed;
    private int pos;
    private long len;
    private PyTuple? result;

    private DictIterator(PyType type, DictViewKind kind, PyDict dict, bool reverse)
        : base(type)
    {
        this.kind = kind;
        this.dict = dict;
        diUsed = dict.Count;
        len = dict.Count;
        pos = reverse ? dict.EntryCount - 1 : 0;
    }

    /// <summary>Models dictiter_new: the iterator first, then (for items) the (None, None) result tuple.</summary>
    public static PyObject New(PyDict dict, DictViewKind kind, bool reverse = false)
    {
        var type = (reverse ? ReverseTypes : ForwardTypes)[(int)kind];
        RefCounts.IncRef(dict);
        var it = Heap.Alloc(new DictIterator(type, kind, dict, reverse));
        if (kind == DictViewKind.Items) it.result = PyTuple.Pack(PyNone.None, PyNone.None);
        return it;
    }

    public override long SizeOf() => 56;

    /// <summary>dictiter_len.</summary>
    public long LengthHint() => dict is not null && diUsed == dict.Count ? len : 0;

    public override void Traverse(Action<PyObject> visit)
    {
        if (dict is not null) visit(dict);
        if (result is not null) visit(result);
    }

    /// <summary>dictiter_dealloc: the dict, then the result tuple.</summary>
    internal override void ReleaseReferences()
    {
        var d = dict;
        var r = result;
        dict = null;
        result = null;
        RefCounts.XDecRef(d);
        RefCounts.XDecRef(r);
    }

    private static PyType MakeType(string name, bool reverse)
    {
        var t = Types.Make(name, 56, TypeFlags.HaveGc);
        TypeSetup.Register(t);
        t.Iter = self => RefCounts.NewRef(self);
        t.IterNext = reverse ? NextReverse : NextForward;
        return t;
    }

    /// <summary>Models dictiter_iternextkey / value / item.</summary>
    private static PyObject? NextForward(PyObject self)
    {
        var it = (DictIterator)self;
        var d = it.dict;
        if (d is null) return null;
        if (it.diUsed != d.Count)
        {
            it.diUsed = -1; // sticky
            throw Errors.RuntimeError("dictionary changed size during iteration");
        }
        var i = it.pos;
        if (!d.Next(ref i, out var key, out var value, out _))
        {
            it.Exhaust(d);
            return null;
        }
        if (it.len == 0)
        {
            it.Exhaust(d);
            throw Errors.RuntimeError("dictionary keys changed during iteration");
        }
        it.pos = i;
        it.len--;
        return it.Produce(key, value);
    }

    /// <summary>Models dictreviter_iternext.</summary>
    private static PyObject? NextReverse(PyObject self)
    {
        var it = (DictIterator)self;
        var d = it.dict;
        if (d is null) return null;
        if (it.diUsed != d.Count)
        {
            it.diUsed = -1;
            throw Errors.RuntimeError("dictionary changed size during iteration");
        }
        var i = it.pos;
        PyObject key;
        PyObject value;
        while (true)
        {
            if (i < 0)
            {
                it.Exhaust(d);
                return null;
            }
            if (d.TryGetEntry(i, out key, out value)) break;
            i--;
        }
        it.pos = i - 1;
        it.len--;
        return it.Produce(key, value);
    }

    private void Exhaust(PyDict d)
    {
        dict = null;
        RefCounts.DecRef(d);
    }

    private PyObject Produce(PyObject key, PyObject value)
    {
        switch (kind)
        {
            case DictViewKind.Keys:
                return RefCounts.NewRef(key);
            case DictViewKind.Values:
                return RefCounts.NewRef(value);
        }
        RefCounts.IncRef(key);
        RefCounts.IncRef(value);
        var r = result!;
        if (r.RefCount == 1)
        {
            // Reuse the cached tuple: store the new items, then release the old ones.
            var oldKey = r.Items[0];
            var oldValue = r.Items[1];
            r.Items[0] = key;
            r.Items[1] = value;
            r.CachedHash = -1;
            RefCounts.IncRef(r);
            RefCounts.DecRef(oldKey);
            RefCounts.DecRef(oldValue);
            return r;
        }
        return PyTuple.Steal([key, value]);
    }

    internal static void InstallMethods()
    {
        foreach (var t in ForwardTypes.Concat(ReverseTypes))
        {
            TypeDicts.AddMethod(t, "__length_hint__", (self, args, kw) =>
            {
                NativeArgs.None("__length_hint__", args, kw);
                return PyInt.From(((DictIterator)self).LengthHint());
            });
        }
    }
}
