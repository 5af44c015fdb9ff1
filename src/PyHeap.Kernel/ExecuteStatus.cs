namespace PyHeap.Kernel;

/// <summary>How a cell ended, as execute_reply's <c>status</c> says it.</summary>
public enum ExecuteStatus
{
    Ok,
    Error,
}
