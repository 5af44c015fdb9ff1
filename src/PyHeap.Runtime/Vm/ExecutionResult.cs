namespace PyHeap.Runtime.Vm;

/// <summary>
/// How a run ended: normally (with the value of a trailing expression in interactive mode, as its repr), or
/// with an uncaught exception whose CPython-style traceback text is given.
/// </summary>
public sealed record ExecutionResult(bool Ok, string? ResultRepr, string? ErrorType, string? ErrorMessage, string? Traceback)
{
    public static ExecutionResult Success(string? resultRepr) => new(true, resultRepr, null, null, null);
}
