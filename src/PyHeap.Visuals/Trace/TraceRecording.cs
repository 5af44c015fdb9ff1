using PyHeap.Runtime.Events;
using PyHeap.Runtime.Vm;

namespace PyHeap.Visuals.Trace;

/// <summary>
/// A running trace: a bounded <see cref="EventRecorder"/> attached to the interpreter for the traced code,
/// then turned into a <see cref="TraceSnapshot"/> of the objects the code created or named. One at a time.
/// </summary>
public sealed class TraceRecording
{
    public const int EventCapacity = 200_000;
    public const int MaxObjects = 8;
    private readonly Interpreter interp;
    private readonly EventRecorder recorder = new(EventCapacity) { Filter = o => !o.IsImmortal };
    private readonly IReadOnlySet<string> names;

    private TraceRecording(Interpreter interp, IEnumerable<string> names)
    {
        this.interp = interp;
        this.names = names.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The trace running on this interpreter, if any.</summary>
    public static TraceRecording? Active { get; private set; }

    /// <summary>Starts tracing; <paramref name="names"/> picks the objects (empty: those the code creates and binds to a name).</summary>
    public static TraceRecording Start(Interpreter interp, IEnumerable<string> names)
    {
        if (Active is not null) throw new InvalidOperationException("a trace is already running");
        var trace = new TraceRecording(interp, names);
        trace.recorder.Attach(interp);
        Active = trace;
        return trace;
    }

    public TraceSnapshot Stop()
    {
        recorder.Detach();
        Active = null;
        return Build(recorder.Events, recorder.Dropped);
    }

    private static readonly HashSet<string> NameOps =
    [
        "LOAD_FAST", "STORE_FAST", "DELETE_FAST", "LOAD_DEREF", "STORE_DEREF", "LOAD_NAME", "STORE_NAME", "DELETE_NAME",
        "LOAD_GLOBAL", "STORE_GLOBAL", "DELETE_GLOBAL",
    ];

    private TraceSnapshot Build(IReadOnlyList<HeapEvent> events, long dropped)
    {
        var objects = new List<(string Type, long Address, bool Created, List<HeapEvent> Events, string? Name)>();
        var current = new Dictionary<long, int>();
        var inCollection = false;
        var collectionFlags = new Dictionary<long, bool>();
        foreach (var e in events)
        {
            if (e.Kind == HeapEventKind.GcStarted) inCollection = true;
            if (e.Kind == HeapEventKind.GcFinished) inCollection = false;
            if (e.Kind is not (HeapEventKind.Allocated or HeapEventKind.RefCountChanged or HeapEventKind.Freed)) continue;
            collectionFlags[e.Sequence] = inCollection;
            if (e.Kind == HeapEventKind.Allocated || !current.TryGetValue(e.Address, out var index))
            {
                index = objects.Count;
                objects.Add((e.TypeName, e.Address, e.Kind == HeapEventKind.Allocated, [], null));
                current[e.Address] = index;
            }
            var entry = objects[index];
            entry.Events.Add(e);
            if (entry.Name is null && e.Argument is { } n && e.OpCode is { } op && NameOps.Contains(op) && (names.Count == 0 || names.Contains(n)))
                objects[index] = entry with { Name = n };
            if (e.Kind == HeapEventKind.Freed) current.Remove(e.Address);
        }
        var chosen = objects.Where(o => o.Name is not null && (names.Count > 0 || o.Created) && o.Type is not ("code" or "frame" or "function" or "module")).ToList();
        var traced = chosen.Take(MaxObjects).Select(o => new TracedObject(o.Name!, o.Type, o.Address, Steps(o.Events, collectionFlags))).ToList();
        return new TraceSnapshot(traced, Math.Max(0, chosen.Count - MaxObjects), dropped, events.Count);
    }

    private static readonly HashSet<string> StoreOps = ["STORE_NAME", "STORE_GLOBAL", "STORE_ATTR", "STORE_SUBSCR", "STORE_DEREF"];

    private List<TraceStep> Steps(List<HeapEvent> events, Dictionary<long, bool> collectionFlags)
    {
        var steps = new List<TraceStep>();
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            var step = Step(e, collectionFlags.GetValueOrDefault(e.Sequence));
            // A store takes its own reference, then drops the value stack's (ceval.c: PyDict_SetItem, then
            // Py_DECREF(v)): the −1 right after the +1 of the same store is the stack's, not an old value's.
            if (i > 0 && e.Delta < 0 && e.OpCode is { } op && StoreOps.Contains(op) && events[i - 1].OpCode == op && events[i - 1].Delta > 0
                && events[i - 1].Line == e.Line)
                step = step with { Operation = "the value stack's reference is released (the store holds its own)", Holder = "value stack" };
            steps.Add(step);
        }
        return steps;
    }

    private TraceStep Step(HeapEvent e, bool inCollection)
    {
        var source = e.FileName is { } file && e.Line > 0 ? interp.GetSourceLine(file, e.Line)?.Trim() ?? "" : "";
        return e.Kind switch
        {
            HeapEventKind.Allocated => new TraceStep(e.Sequence, e.Line, source, "created", "new object", 1, e.NewCount, false),
            HeapEventKind.Freed => new TraceStep(e.Sequence, e.Line, source, inCollection ? "freed by the cyclic GC" : "freed (count reached 0)", "—", 0, 0, true),
            _ => Describe(e, source, inCollection),
        };
    }

    private static TraceStep Describe(HeapEvent e, string source, bool inCollection)
    {
        var (operation, holder) = TraceOperations.Describe(e.OpCode, e.Argument, e.Delta, inCollection);
        return new TraceStep(e.Sequence, e.Line, source, operation, holder, e.Delta, e.NewCount, false);
    }
}
