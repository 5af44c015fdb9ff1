using PyHeap.Runtime.Builtins;
using PyHeap.Runtime.Memory;

namespace PyHeap.Runtime.Objects;

/// <summary>
/// weakref.ref and the proxies (Objects/weakrefobject.c: PyWeakReference): a borrowed pointer to the referent
/// that does not count in its refcount, an owned callback, and the links of the referent's weakref list.
/// References without a callback sit at the head of the list, so callbacks run newest first.
/// </summary>
public sealed class PyWeakReference : PyObject
{
    private PyWeakReference(PyType type, PyObject referent, PyObject? callback)
        : base(type)
    {
        Referent = referent;
        Callback = callback;
    }

    /// <summary>wr_object: the referent, or null once cleared (CPython stores None).</summary>
    public PyObject? Referent { get; private set; }

    /// <summary>wr_callback (owned), null when there is none or it was consumed.</summary>
    public PyObject? Callback { get; internal set; }

    /// <summary>The referent's hash, cached on first use (-1 until then).</summary>
    internal long Hash = -1;

    internal PyWeakReference? Prev;
    internal PyWeakReference? Next;

    public bool IsProxy => ReferenceEquals(Type, WeakRefTypes.Proxy) || ReferenceEquals(Type, WeakRefTypes.CallableProxy);

    /// <summary>weakref.KeyedRef's <c>key</c> slot (owned), null for the other weakref types.</summary>
    internal PyObject? Key;

    /// <summary>__slots__ values of a Python subclass of weakref.ref (owned), e.g. weakref.WeakMethod's.</summary>
    internal PyObject?[]? SlotValues;

    internal override bool SupportsWeakrefs => Type.Layout?.HasWeakref ?? false;

    /// <summary>A new weak reference linked into <paramref name="referent"/>'s list where CPython links it.</summary>
    internal static PyWeakReference New(PyType type, PyObject referent, PyObject? callback)
    {
        if (callback is not null) RefCounts.IncRef(callback);
        var wr = Heap.Alloc(new PyWeakReference(type, referent, callback));
        if (type.IsHeapType)
        {
            RefCounts.IncRef(type);
            var slots = type.Layout?.SlotNames.Count ?? 0;
            if (slots > 0) wr.SlotValues = new PyObject?[slots];
        }
        if (callback is null && ReferenceEquals(type, WeakRefTypes.Ref))
        {
            wr.InsertHead(referent);
        }
        else
        {
            var (basicRef, basicProxy) = BasicRefs(referent);
            var prev = basicProxy ?? basicRef;
            if (prev is null) wr.InsertHead(referent);
            else wr.InsertAfter(prev);
        }
        return wr;
    }

    /// <summary>get_basic_refs: the callback-less ref and proxy at the head of the list, if any.</summary>
    internal static (PyWeakReference? Ref, PyWeakReference? Proxy) BasicRefs(PyObject referent)
    {
        PyWeakReference? r = null, p = null;
        var head = referent.WeakRefs;
        if (head is not null && head.Callback is null && ReferenceEquals(head.Type, WeakRefTypes.Ref))
        {
            r = head;
            head = head.Next;
        }
        if (head is not null && head.Callback is null && head.IsProxy) p = head;
        return (r, p);
    }

    private void InsertHead(PyObject referent)
    {
        var next = referent.WeakRefs;
        Prev = null;
        Next = next;
        if (next is not null) next.Prev = this;
        referent.WeakRefs = this;
    }

    private void InsertAfter(PyWeakReference prev)
    {
        Prev = prev;
        Next = prev.Next;
        if (prev.Next is not null) prev.Next.Prev = this;
        prev.Next = this;
    }

    /// <summary>_PyWeakref_ClearRef: unlinks from the referent and forgets it; the callback stays.</summary>
    internal void ClearRef()
    {
        if (Referent is { } referent)
        {
            if (ReferenceEquals(referent.WeakRefs, this)) referent.WeakRefs = Next;
            if (Prev is not null) Prev.Next = Next;
            if (Next is not null) Next.Prev = Prev;
            Prev = null;
            Next = null;
            Referent = null;
        }
    }

    /// <summary>The referent if it is still alive.</summary>
    public PyObject? Target => Referent;

    public override long SizeOf() => Type.BasicSize;

    public override void Traverse(Action<PyObject> visit)
    {
        // subtype_traverse: the slots first, then the type, then weakref's own traverse.
        if (SlotValues is not null) foreach (var s in SlotValues) if (s is not null) visit(s);
        if (Type.IsHeapType) visit(Type);
        if (Key is not null) visit(Key);
        if (Callback is not null) visit(Callback);
    }

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
        var key = Key;
        Key = null;
        RefCounts.XDecRef(key);
        ClearRef();
        var cb = Callback;
        Callback = null;
        RefCounts.XDecRef(cb);
    }

    /// <summary>weakref_dealloc / clear_weakref: unlink, then drop the callback (and KeyedRef's key); a subclass
    /// instance drops its slots first and its class last.</summary>
    internal override void ReleaseReferences()
    {
        GcClear();
        if (Type.IsHeapType) RefCounts.DecRef(Type);
    }
}
