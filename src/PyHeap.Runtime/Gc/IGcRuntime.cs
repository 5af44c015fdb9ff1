using PyHeap.Runtime.Objects;

namespace PyHeap.Runtime.Gc;

/// <summary>What the collector needs from the interpreter: running Python code (finalizers, weakref and
/// gc.callbacks callbacks) and writing to stderr, each reporting its own errors as unraisable.</summary>
public interface IGcRuntime
{
    /// <summary>tp_finalize exists for this object (a class with <c>__del__</c>, a generator) and has not run.</summary>
    bool HasFinalizer(PyObject obj);

    /// <summary>tp_del exists: a <c>__del__</c> in legacy (pre-3.4) mode, which makes a cycle uncollectable.</summary>
    bool HasLegacyFinalizer(PyObject obj);

    /// <summary>PyObject_CallFinalizer: marks the object finalized and runs its finalizer.</summary>
    void Finalize(PyObject obj);

    /// <summary>Calls a weakref's callback with the weakref (handle_callback).</summary>
    void CallWeakrefCallback(PyObject callback, PyObject weakref);

    /// <summary>invoke_gc_callback: calls every gc.callbacks entry with (phase, info).</summary>
    void InvokeGcCallbacks(string phase, int generation, long collected, long uncollectable);

    /// <summary>sys.stderr for DEBUG_* output.</summary>
    void WriteStderr(string text);
}
