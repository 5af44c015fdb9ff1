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

    /// <summary>Every frame on this thread, innermost first.</summary>
    public IEnumerable<Frame> Frames
    {
        get
        {
            for (var f = Frame; f is not null; f = f.Previous) yield return f;
        }
    }
}
