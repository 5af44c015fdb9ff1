using PyHeap.Runtime.Objects;

namespace PyHeap.Runtime.Vm;

/// <summary>
/// A simulated thread (Include/cpython/pystate.h: PyThreadState): its current frame chain, the handled
/// exception stack and the recursion depth. Only one exists until threads arrive; nothing here assumes one.
/// </summary>
public sealed class ThreadState
{
    public ThreadState(Interpreter interpreter, long id)
    {
        Interpreter = interpreter;
        Id = id;
        ExcInfo = BaseExcInfo;
    }

    public Interpreter Interpreter { get; }

    /// <summary>PyThreadState_GetDict: the thread's dict (owned), made on first use (Py_ReprEnter keeps its list there).</summary>
    public PyDict? Dict { get; internal set; }
    public long Id { get; }

    /// <summary>The innermost running frame.</summary>
    public Frame? Frame { get; internal set; }

    /// <summary>The thread's own handled-exception entry (exc_state).</summary>
    public ExcInfo BaseExcInfo { get; } = new();

    /// <summary>The innermost handled-exception entry (exc_info): the thread's or a running generator's.</summary>
    public ExcInfo ExcInfo { get; internal set; }

    /// <summary>Python frames plus native re-entries currently active (the recursion limit counts these).</summary>
    public int Depth { get; internal set; }

    /// <summary>Where the thread is with respect to the GIL (the scheduler's bookkeeping).</summary>
    public Threading.ThreadStatus Status { get; internal set; } = Threading.ThreadStatus.Running;

    /// <summary>When it last became runnable (it requests the GIL one switch interval later).</summary>
    internal long ReadySince;

    /// <summary>The blocking call it is in, or was in before it was resumed to retry it.</summary>
    internal Threading.WaitRecord? Wait;

    /// <summary>Turns of the instruction loop active for this thread since its scheduler resumed it (1: only the base loop).</summary>
    internal int LoopNesting;

    /// <summary>
    /// More than zero while the thread's host stack is held below the running code (the main thread always; another
    /// thread while it waits inside a native call): only returning to it can resume it.
    /// </summary>
    internal int Pinned;

    /// <summary>The bootstrap call's function, args and kwargs (owned until the thread ends, as _threadmodule.c's bootstate).</summary>
    internal PyObject? BootFunction;
    internal PyTuple? BootArgs;
    internal PyDict? BootKwargs;

    /// <summary>A corruption stop already raised SystemExit in this thread (it is asked once).</summary>
    internal bool StopRequested;

    /// <summary>The first slice has run (later slices resume the innermost frame).</summary>
    internal bool Started;

    /// <summary>_thread._set_sentinel's lock, released when the thread state is deleted (borrowed: the lock may die first).</summary>
    internal Threading.PyLock? Sentinel;

    /// <summary>The references the thread state itself owns (for the heap audit).</summary>
    public IEnumerable<PyObject> BootReferences()
    {
        if (BootFunction is not null) yield return BootFunction;
        if (BootArgs is not null) yield return BootArgs;
        if (BootKwargs is not null) yield return BootKwargs;
    }

    /// <summary>Every frame on this thread, innermost first.</summary>
    public IEnumerable<Frame> Frames
    {
        get
        {
            for (var f = Frame; f is not null; f = f.Previous) yield return f;
        }
    }
}
