using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Events;

/// <summary>
/// A bounded recorder of the event stream (a ring buffer of <see cref="Capacity"/> events). When it overflows the
/// oldest events are dropped and <see cref="Dropped"/> says how many — the views state that on the picture.
/// Attach with <see cref="Attach"/>; detached, the runtime pays one null check per change.
/// </summary>
public sealed class EventRecorder : IRefCountObserver, IHeapObserver, IAllocatorObserver
{
    private readonly HeapEvent[] buffer;
    private long next;
    private Interpreter? interpreter;

    public EventRecorder(int capacity = 100_000)
    {
        buffer = new HeapEvent[capacity];
        Capacity = capacity;
    }

    public int Capacity { get; }

    /// <summary>Events lost because the buffer was full.</summary>
    public long Dropped => Math.Max(0, next - Capacity);

    /// <summary>Only objects accepted by the filter are recorded (null: all).</summary>
    public Func<PyObject, bool>? Filter { get; set; }

    /// <summary>Starts recording the interpreter's heap (refcount changes, allocations and frees).</summary>
    public void Attach(Interpreter interp)
    {
        interpreter = interp;
        RefCounts.Observer = this;
        interp.Heap.Observer = this;
        interp.Heap.Gc.CollectionObserver += OnCollection; // others (the session's GC timeline) may listen too
        interp.Scheduler.Timeline.Observer += OnGil;
        if (interp.Heap.Allocator is ObjectAllocator allocator) allocator.Observer = this;
    }

    public void Detach()
    {
        if (ReferenceEquals(RefCounts.Observer, this)) RefCounts.Observer = null;
        if (interpreter is not null && ReferenceEquals(interpreter.Heap.Observer, this)) interpreter.Heap.Observer = null;
        if (interpreter is not null) interpreter.Heap.Gc.CollectionObserver -= OnCollection;
        if (interpreter is not null) interpreter.Scheduler.Timeline.Observer -= OnGil;
        if (interpreter?.Heap.Allocator is ObjectAllocator allocator && ReferenceEquals(allocator.Observer, this)) allocator.Observer = null;
        interpreter = null;
    }

    /// <summary>The recorded events, oldest first.</summary>
    public IReadOnlyList<HeapEvent> Events
    {
        get
        {
            lock (gate) return Snapshot();
        }
    }

    private HeapEvent[] Snapshot()
    {
        {
            var count = (int)Math.Min(next, Capacity);
            var result = new HeapEvent[count];
            var start = next - count;
            for (var i = 0; i < count; i++) result[i] = buffer[(start + i) % Capacity];
            return result;
        }
    }

    public void Changed(PyObject obj, int delta) => Record(HeapEventKind.RefCountChanged, obj, delta);

    public void Allocated(PyObject obj, int size) => Record(HeapEventKind.Allocated, obj, 0);

    public void Freed(PyObject obj) => Record(HeapEventKind.Freed, obj, 0);

    private readonly object gate = new();

    private void Record(HeapEventKind kind, PyObject obj, int delta)
    {
        // The refcount observer is process-wide: only changes made on the attached interpreter's heap count.
        var interp = interpreter;
        if (interp is null || !ReferenceEquals(Heap.CurrentOrNull, interp.Heap)) return;
        if (Filter is { } filter && !filter(obj)) return;
        lock (gate) RecordLocked(kind, obj, delta);
    }

    private void RecordLocked(HeapEventKind kind, PyObject obj, int delta)
    {
        var frame = interpreter?.Thread.Frame;
        var op = frame is null ? null : frame.Code.Instructions[frame.LastI].Op.ToString();
        var argument = frame is null ? null : OpArgument.Name(frame.Code.Code, frame.Code.Instructions[frame.LastI]);
        buffer[next % Capacity] = new HeapEvent(next, kind, obj.Address, obj.Type.Name, delta, obj.RefCount,
            frame?.Line ?? 0, op, frame?.Code.Code.FileName, Argument: argument);
        next++;
    }

    public void ArenaAllocated(int arenaIndex, long address) => RecordMemory(HeapEventKind.ArenaAllocated, address, "arena", 0, arenaIndex);

    public void ArenaFreed(int arenaIndex, long address) => RecordMemory(HeapEventKind.ArenaFreed, address, "arena", 0, arenaIndex);

    public void PoolInitialized(long poolAddress, int sizeClass) => RecordMemory(HeapEventKind.PoolInitialized, poolAddress, "pool", sizeClass, 0);

    public void BlockAllocated(long address, int sizeClass) => RecordMemory(HeapEventKind.BlockAllocated, address, "block", sizeClass, 0);

    public void BlockFreed(long address, int sizeClass) => RecordMemory(HeapEventKind.BlockFreed, address, "block", sizeClass, 0);

    public void RawAllocated(long address, int size) => RecordMemory(HeapEventKind.RawAllocated, address, "raw", size, 0);

    public void RawFreed(long address) => RecordMemory(HeapEventKind.RawFreed, address, "raw", 0, 0);

    /// <summary>An allocator event (only while the attached interpreter's heap is current).</summary>
    private void RecordMemory(HeapEventKind kind, long address, string what, int delta, long extra)
    {
        var interp = interpreter;
        if (interp is null || !ReferenceEquals(Heap.CurrentOrNull, interp.Heap)) return;
        lock (gate)
        {
            var frame = interp.Thread.Frame;
            var op = frame is null ? null : frame.Code.Instructions[frame.LastI].Op.ToString();
            buffer[next % Capacity] = new HeapEvent(next, kind, address, what, delta, extra, frame?.Line ?? 0, op, frame?.Code.Code.FileName);
            next++;
        }
    }

    /// <summary>ThreadSwitched / GilAcquired / GilReleased from the GIL timeline (other timeline entries stay there).</summary>
    private void OnGil(Threading.GilEvent e)
    {
        var kind = e.Kind switch
        {
            Threading.GilEventKind.ThreadSwitched => HeapEventKind.ThreadSwitched,
            Threading.GilEventKind.GilAcquired => HeapEventKind.GilAcquired,
            Threading.GilEventKind.GilReleased => HeapEventKind.GilReleased,
            _ => (HeapEventKind?)null,
        };
        if (kind is null || interpreter is null) return;
        lock (gate)
        {
            var frame = interpreter.Thread.Frame;
            var op = frame is null ? null : frame.Code.Instructions[frame.LastI].Op.ToString();
            buffer[next % Capacity] = new HeapEvent(next, kind.Value, 0, "gil", 0, e.ThreadId,
                frame?.Line ?? 0, op, frame?.Code.Code.FileName, null, e);
            next++;
        }
    }

    /// <summary>GcStarted / GcFinished: the collector reports each collection twice (the start is a snapshot).</summary>
    private void OnCollection(Gc.CollectionReport report)
    {
        if (interpreter is null) return;
        lock (gate)
        {
            var frame = interpreter.Thread.Frame;
            var op = frame is null ? null : frame.Code.Instructions[frame.LastI].Op.ToString();
            var kind = report.Finished ? HeapEventKind.GcFinished : HeapEventKind.GcStarted;
            buffer[next % Capacity] = new HeapEvent(next, kind, 0, "gc", 0, report.Generation,
                frame?.Line ?? 0, op, frame?.Code.Code.FileName, report);
            next++;
        }
    }
}
