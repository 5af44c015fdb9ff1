namespace PyHeap.Kernel;

/// <summary>A magic used wrongly: becomes IPython's UsageError in the cell.</summary>
public sealed class MagicUsageException(string message) : Exception(message);
