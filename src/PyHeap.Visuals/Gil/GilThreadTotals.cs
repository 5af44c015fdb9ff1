namespace PyHeap.Visuals.Gil;

/// <summary>One lane's totals over the picture's window (simulated nanoseconds).</summary>
public sealed record GilThreadTotals(long ThreadId, string Name, long RunningNs, long WaitingNs, long BlockedNs, bool Finished);
