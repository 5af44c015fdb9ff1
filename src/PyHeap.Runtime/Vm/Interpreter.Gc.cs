using PyHeap.Runtime.Builtins;
using PyHeap.Runtime.Gc;
using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;

namespace PyHeap.Runtime.Vm;

/// <summary>The interpreter's side of the collector: finalizers, weakref callbacks, gc.callbacks, stderr.</summary>
public sealed partial class Interpreter : IGcRuntime
{
    private static readonly PyStr DelName = PyStr.Intern("__del__");

    /// <summary>
    /// Called just before the runtime runs Python code on its own behalf — a <c>__del__</c>, a generator's close,
    /// a weakref callback, a gc.callbacks entry — with every reference it holds registered. Tests run the heap
    /// audit here.
    /// </summary>
    public Action? BeforeCallback { get; set; }

    private void AttachGc()
    {
        Heap.Gc.Runtime = this;
        Heap.ClearWeakRefs = WeakRefs.ClearWeakRefs;
    }

    bool IGcRuntime.HasFinalizer(PyObject obj)
    {
        if (obj is PyGenerator gen) return gen.Frame is not null;
        return !Heap.Gc.LegacyFinalizers && HasDel(obj);
    }

    bool IGcRuntime.HasLegacyFinalizer(PyObject obj) => Heap.Gc.LegacyFinalizers && HasDel(obj);

    private static bool HasDel(PyObject obj) => obj.Type.HasDel;

    void IGcRuntime.Finalize(PyObject obj)
    {
        BeforeCallback?.Invoke();
        if (obj is PyGenerator gen)
        {
            try
            {
                GeneratorClose(gen);
            }
            catch (PyException e)
            {
                WriteUnraisable(e.Value, gen);
            }
            return;
        }
        var del = obj.Type.Lookup(DelName);
        if (del is null) return;
        CallDel(obj, del);
    }

    void IGcRuntime.CallWeakrefCallback(PyObject callback, PyObject weakref) => CallWeakrefCallback(callback, weakref);

    /// <summary>handle_callback (Objects/weakrefobject.c): errors are unraisable, reported against the callback.</summary>
    internal void CallWeakrefCallback(PyObject callback, PyObject weakref)
    {
        BeforeCallback?.Invoke();
        try
        {
            RefCounts.DecRef(CallObject(callback, [weakref]));
        }
        catch (PyException e)
        {
            WriteUnraisable(e.Value, callback);
        }
    }

    void IGcRuntime.InvokeGcCallbacks(string phase, int generation, long collected, long uncollectable)
    {
        var callbacks = Heap.Gc.Callbacks;
        if (callbacks is null || callbacks.Count == 0) return;
        var info = PyDict.New();
        SetInfo(info, "generation", generation);
        SetInfo(info, "collected", collected);
        SetInfo(info, "uncollectable", uncollectable);
        var phaseStr = PyStr.From(phase);
        using var heldInfo = Heap.Hold(info);
        using var heldPhase = Heap.Hold(phaseStr);
        for (var i = 0; i < callbacks.Count; i++)
        {
            var cb = RefCounts.NewRef(callbacks[i]);
            using var heldCb = Heap.Hold(cb);
            BeforeCallback?.Invoke();
            try
            {
                // PyObject_CallFunction(cb, "sO", ...) builds the arguments on a small C stack: no tuple.
                RefCounts.DecRef(CallObject(cb, [phaseStr, info]));
            }
            catch (PyException e)
            {
                WriteUnraisable(e.Value, cb);
            }
            finally
            {
                RefCounts.DecRef(cb);
            }
        }
        RefCounts.DecRef(phaseStr);
        RefCounts.DecRef(info);
    }

    private static void SetInfo(PyDict info, string key, long value)
    {
        var v = PyInt.From(value);
        info.SetItem(key, v);
        RefCounts.DecRef(v);
    }

    void IGcRuntime.WriteStderr(string text)
    {
        Stderr.Write(text);
    }
}
