namespace PyHeap.Kernel;

/// <summary>One user expression's outcome: its bundle, or the error it raised (execute_reply's user_expressions).</summary>
public sealed record UserExpressionResult(DisplayBundle? Value, string? ErrorName = null, string? ErrorValue = null, IReadOnlyList<string>? Traceback = null);
