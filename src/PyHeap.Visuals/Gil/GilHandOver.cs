using PyHeap.Runtime.Threading;

namespace PyHeap.Visuals.Gil;

/// <summary>The GIL passing from one thread to another (gil->switch_number going up), with why the holder let go.</summary>
public readonly record struct GilHandOver(long TimeNs, long FromThreadId, long ToThreadId, GilCause Cause);
