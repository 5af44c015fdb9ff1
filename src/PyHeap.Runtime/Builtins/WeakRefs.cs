using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>Objects/weakrefobject.c: creating weak references and clearing them when the referent dies.</summary>
public static class WeakRefs
{
    /// <summary>weakref___new__ / PyWeakref_NewRef / NewProxy: reuses the callback-less ref or proxy when there is one.</summary>
    public static PyWeakReference New(PyType type, PyObject referent, PyObject? callback)
    {
        if (callback is PyNone) callback = null;
        if (!referent.SupportsWeakrefs)
            throw Errors.TypeError($"cannot create weak reference to '{referent.Type.Name}' object");
        if (callback is null)
        {
            var (basicRef, basicProxy) = PyWeakReference.BasicRefs(referent);
            if (ReferenceEquals(type, WeakRefTypes.Ref) && basicRef is not null) return RefCounts.NewRef(basicRef);
            var isProxy = ReferenceEquals(type, WeakRefTypes.Proxy) || ReferenceEquals(type, WeakRefTypes.CallableProxy);
            if (isProxy && basicProxy is not null) return RefCounts.NewRef(basicProxy);
        }
        return PyWeakReference.New(type, referent, callback);
    }

    /// <summary>_PyWeakref_GetWeakrefCount.</summary>
    public static int Count(PyObject referent)
    {
        var n = 0;
        for (var wr = referent.WeakRefs; wr is not null; wr = wr.Next) n++;
        return n;
    }

    /// <summary>
    /// PyObject_ClearWeakRefs: callback-less basic ref and proxy are cleared first; then every other weakref is
    /// cleared and its callback run in list order (newest first). Several callbacks go through a tuple, as in
    /// CPython, so the weakrefs stay alive while the callbacks run.
    /// </summary>
    public static void ClearWeakRefs(PyObject obj)
    {
        for (var k = 0; k < 2; k++)
        {
            if (obj.WeakRefs is { Callback: null } head) head.ClearRef();
        }
        if (obj.WeakRefs is not { } current) return;
        var interp = Interpreter.Current;
        var count = Count(obj);
        if (count == 1)
        {
            var callback = current.Callback;
            current.Callback = null;
            current.ClearRef();
            if (callback is not null)
            {
                using (interp.Heap.Hold(callback))
                {
                    if (current.RefCnt > 0) interp.CallWeakrefCallback(callback, current);
                }
                RefCounts.DecRef(callback);
            }
            return;
        }
        var items = new PyObject[count * 2];
        for (var i = 0; i < count; i++)
        {
            var next = current!.Next;
            if (current.RefCnt > 0)
            {
                RefCounts.IncRef(current);
                items[i * 2] = current;
                items[i * 2 + 1] = current.Callback!;
            }
            else if (current.Callback is not null)
            {
                RefCounts.DecRef(current.Callback);
            }
            current.Callback = null;
            current.ClearRef();
            current = next;
        }
        var tuple = PyTuple.Steal(items);
        using (interp.Heap.Hold(tuple))
        {
            for (var i = 0; i < count; i++)
            {
                if (items[i * 2 + 1] is { } callback) interp.CallWeakrefCallback(callback, items[i * 2]);
            }
        }
        RefCounts.DecRef(tuple);
    }
}
