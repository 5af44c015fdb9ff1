using PyHeap.Runtime.Memory;

namespace PyHeap.Runtime.Objects;

/// <summary>traceback (Python/traceback.c): one entry per frame an exception passed through, newest last via tb_next.</summary>
public sealed class PyTraceback : PyObject
{
    private PyTraceback(PyTraceback? next, PyFrameObject frame, int lastI, int line)
        : base(Types.Traceback)
    {
        Next = next;
        FrameObject = frame;
        LastI = lastI;
        Line = line;
    }

    public PyTraceback? Next { get; private set; }
    public PyFrameObject FrameObject { get; private set; }
    public int LastI { get; }
    public int Line { get; }

    /// <summary>PyTraceBack_Here: a new entry in front of <paramref name="next"/> (new references to both).</summary>
    public static PyTraceback New(PyTraceback? next, PyFrameObject frame, int lastI, int line)
    {
        RefCounts.XIncRef(next);
        RefCounts.IncRef(frame);
        return Heap.Alloc(new PyTraceback(next, frame, lastI, line));
    }

    public override long SizeOf() => 48;

    public override void Traverse(Action<PyObject> visit)
    {
        if (Next is not null) visit(Next);
        visit(FrameObject);
    }

    /// <summary>tb_clear: tb_next (the frame stays: our traceback always has one).</summary>
    internal override void GcClear()
    {
        var n = Next;
        Next = null;
        RefCounts.XDecRef(n);
    }

    internal override bool UsesTrashcan => true;

    internal override void ReleaseReferences()
    {
        var n = Next;
        Next = null;
        RefCounts.XDecRef(n);
        var frame = FrameObject;
        FrameObject = null!;
        RefCounts.DecRef(frame);
    }
}
