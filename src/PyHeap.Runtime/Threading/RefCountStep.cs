namespace PyHeap.Runtime.Threading;

/// <summary>
/// One step of a refcount update on a thread while the GIL is off: Seq orders the steps, Value is what was read
/// (load), computed (add) or written (store); Lost counts the other threads' updates a store overwrote.
/// </summary>
public readonly record struct RefCountStep(long Seq, long TimeNs, long ThreadId, RefCountStepKind Kind, long Address, long Value, long Lost = 0);
