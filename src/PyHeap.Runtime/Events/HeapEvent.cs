namespace PyHeap.Runtime.Events;

/// <summary>
/// One entry of the event stream: an allocation, a reference-count change (with the new count) or a free, with
/// where the interpreter was — the source line and the opcode being executed — so a trace can say
/// "line 3, STORE_FAST: +1 → 2". Collections (GcStarted / GcFinished) carry their report;
/// GIL hand-overs (ThreadSwitched / GilAcquired / GilReleased) carry the timeline entry (simulated time and cause).
/// <see cref="Argument"/> names what the instruction works on where it names something (the variable of
/// STORE_FAST, the attribute of STORE_ATTR), so a trace can say "bind local x".
/// </summary>
public readonly record struct HeapEvent(
    long Sequence,
    HeapEventKind Kind,
    long Address,
    string TypeName,
    int Delta,
    long NewCount,
    int Line,
    string? OpCode,
    string? FileName,
    Gc.CollectionReport? Collection = null,
    Threading.GilEvent? Gil = null,
    string? Argument = null);
