namespace PyHeap.Runtime.Memory;

/// <summary>An invariant of the simulation broke (a freed object touched, a negative count): a bug in PyHeap,
/// never a Python-level error, so it is reported loudly instead of being turned into a Python exception.</summary>
public sealed class SimulatorBugException(string message) : Exception(message);
