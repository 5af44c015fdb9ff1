using PyHeap.Runtime.Builtins;
using PyHeap.Runtime.Gc;
using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;

namespace PyHeap.Runtime.Vm;

/// <summary>The interpreter's side of the collector: finalizers, weakref callbacks, gc.callbacks, stderr.</summary>
public sealed partial class Interpreter : IGcRuntime
{
    private static readonly PyStr DelName = PyStr.Intern("__del__");

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

    private static bool HasDel(PyObject obj) => obj.Type.IsHeapType && obj.Type.Lookup(DelName) is not null;

    void IGcRuntime.Finalize(PyObject obj)
    {
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
        RefCounts.IncRef(del);
        try
        {
            RefCounts.DecRef(CallObject(del, [obj]));
        }
        catch (PyException e)
        {
            WriteUnraisable(e.Value, del);
        }
        finally
        {
            RefCounts.DecRef(del);
        }
    }

    void IGcRuntime.CallWeakrefCallback(PyObject callback, PyObject weakref) => CallWeakrefCallback(callback, weakref);

    /// <summary>handle_callback (Objects/weakrefobject.c): errors are unraisable, reported against the callback.</summary>
    internal void CallWeakrefCallback(PyObject callback, PyObject weakref)
    {
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
        for (var i = 0; i < callbacks.Count; i++)
        {
            var cb = RefCounts.NewRef(callbacks[i]);
            // PyObject_CallFunction(cb, "sO", ...) packs the arguments into a tuple.
            var args = PyTuple.Pack(phaseStr, info);
            try
            {
                RefCounts.DecRef(CallObject(cb, args.Items));
            }
            catch (PyException e)
            {
                WriteUnraisable(e.Value, cb);
            }
            finally
            {
                RefCounts.DecRef(args);
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
