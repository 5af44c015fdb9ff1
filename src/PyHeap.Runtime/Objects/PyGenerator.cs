using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Objects;

/// <summary>
/// generator (Objects/genobject.c): owns a suspended frame. Running it pushes the frame on the thread's
/// chain; YIELD_VALUE takes it off again. When the generator dies unfinished, close() runs its finally blocks.
/// </summary>
public sealed class PyGenerator : PyObject
{
    private PyGenerator(Frame frame, PyStr name, PyStr qualName)
        : base(Types.Generator)
    {
        Frame = frame;
        Name = name;
        QualName = qualName;
    }

    /// <summary>The generator's frame (its contents are owned by the generator), null once finished.</summary>
    public Frame? Frame { get; internal set; }
    public PyStr Name { get; }
    public PyStr QualName { get; }
    public bool Running { get; internal set; }

    /// <summary>Started means at least one resumption happened (gi_frame_state past FRAME_CREATED).</summary>
    public bool Started { get; internal set; }

    /// <summary>The generator's own handled-exception entry (gi_exc_state).</summary>
    public ExcInfo ExcState { get; } = new();

    public bool IsFinished => Frame is null;

    public static PyGenerator New(Frame frame, PyStr name, PyStr qualName)
    {
        RefCounts.IncRef(name);
        RefCounts.IncRef(qualName);
        var g = Heap.Alloc(new PyGenerator(frame, name, qualName));
        frame.Generator = g;
        return g;
    }

    public override long SizeOf() => 88 + 8L * ((Frame?.Fast.Length ?? 0) + (Frame?.Stack.Length ?? 0));

    public override void Traverse(Action<PyObject> visit)
    {
        if (Frame is { } f) f.Traverse(visit);
        if (ExcState.Value is not null) visit(ExcState.Value);
        visit(Name);
        visit(QualName);
    }

    /// <summary>Drops the frame's contents (after it finished or when the generator dies).</summary>
    internal void ClearFrame()
    {
        var f = Frame;
        Frame = null;
        f?.Clear();
    }

    internal override bool SupportsWeakrefs => true;

    internal override void ReleaseReferences()
    {
        ClearFrame();
        var exc = ExcState.Value;
        ExcState.Value = null;
        RefCounts.XDecRef(exc);
        RefCounts.DecRef(Name);
        RefCounts.DecRef(QualName);
    }
}
