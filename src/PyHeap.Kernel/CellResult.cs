namespace PyHeap.Kernel;

/// <summary>
/// What one cell produced for execute_reply and execute_result: its number, the result's bundle (null when the
/// last statement was not an expression or its value was None), or the error with a CPython-style traceback
/// (one string per line, as Jupyter's <c>traceback</c> list carries it), and the user expressions.
/// </summary>
public sealed record CellResult(ExecuteStatus Status, int ExecutionCount)
{
    public DisplayBundle? Result { get; init; }
    public string? ErrorName { get; init; }
    public string? ErrorValue { get; init; }
    public IReadOnlyList<string> Traceback { get; init; } = [];
    public IReadOnlyDictionary<string, UserExpressionResult> UserExpressions { get; init; } = new Dictionary<string, UserExpressionResult>();
}
