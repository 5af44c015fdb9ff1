using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Objects;

/// <summary>
/// frame (Objects/frameobject.c: PyFrameObject): made on demand for an interpreter frame (tracebacks,
/// <c>gi_frame</c>). While the frame runs it only points at it; if the frame object outlives the frame it takes
/// the frame's data over (take_ownership) — which is how a stored traceback keeps a function's locals alive.
/// </summary>
public sealed class PyFrameObject : PyObject
{
    private PyFrameObject(Frame frame)
        : base(Types.Frame)
    {
        Frame = frame;
    }

    /// <summary>The interpreter frame (running, or owned after the frame finished); null once detached.</summary>
    public Frame? Frame { get; private set; }

    /// <summary>True when this object owns the frame's data (the frame has finished).</summary>
    public bool OwnsData { get; private set; }

    /// <summary>f_back once the data was taken over (owned).</summary>
    public PyFrameObject? Back { get; private set; }

    /// <summary>Line the frame was at when it finished (or is at now).</summary>
    public int Line => Frame?.Line ?? 0;

    /// <summary>_PyFrame_GetFrameObject: the frame's object, made if needed (a borrowed reference).</summary>
    public static PyFrameObject For(Frame frame)
    {
        if (frame.FrameObject is { } existing) return existing;
        var f = Heap.Alloc(new PyFrameObject(frame));
        frame.FrameObject = f; // the frame owns this first reference
        return f;
    }

    /// <summary>Models Python/frame.c: take_ownership — keeps the finished frame's contents and links f_back.</summary>
    internal void TakeOwnership(Frame frame)
    {
        OwnsData = true;
        var prev = frame.Previous;
        if (prev is not null && !prev.Cleared)
        {
            var back = For(prev);
            RefCounts.IncRef(back);
            Back = back;
        }
        frame.Previous = null;
    }

    /// <summary>The frame finished and nobody else holds this object: forget the frame.</summary>
    internal void Detach() => Frame = null;

    public override long SizeOf() => 64;

    public override void Traverse(Action<PyObject> visit)
    {
        if (Back is not null) visit(Back);
        if (OwnsData && Frame is { } frame) frame.Traverse(visit);
    }

    /// <summary>frame_tp_clear: the locals and the value stack only.</summary>
    internal override void GcClear()
    {
        if (OwnsData && Frame is { } frame) frame.ClearLocalsAndStack();
    }

    internal override bool UsesTrashcan => true;

    internal override void ReleaseReferences()
    {
        // frame_dealloc: the owned locals first, then Py_CLEAR(f_back).
        if (OwnsData && Frame is { } frame)
        {
            OwnsData = false;
            Frame = null;
            frame.ReleaseContents();
        }
        Frame = null;
        var back = Back;
        Back = null;
        RefCounts.XDecRef(back);
    }
}
