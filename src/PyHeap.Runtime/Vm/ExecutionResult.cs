namespace PyHeap.Runtime.Vm;

/// <summary>
/// How a run ended: normally (with the value of a trailing expression in interactive mode, as its repr), or
/// with an uncaught exception whose CPython-style traceback text is given.
/// </summary>
public sealed record ExecutionResult(bool Ok, string? ResultRepr, string? ErrorType, string? ErrorMessage, string? Traceback)
{
    /// <summary>The process exit status an uncaught SystemExit asks for (Py_Exit's argument), or null for any other ending.</summary>
    public int? ExitCode { get; init; }

    public static ExecutionResult Success(string? resultRepr) => new(true, resultRepr, null, null, null);
}
