namespace PyHeap.Kernel;

/// <summary>
/// One execute_request's options: <see cref="Silent"/> runs without output or history and without counting;
/// <see cref="StoreHistory"/> counts the cell and records it; <see cref="AllowStdin"/> says whether
/// <c>input()</c> may ask the client; <see cref="UserExpressions"/> are evaluated after the cell.
/// </summary>
public sealed record ExecuteRequest(string Code)
{
    public bool Silent { get; init; }
    public bool StoreHistory { get; init; } = true;
    public bool AllowStdin { get; init; }
    public IReadOnlyDictionary<string, string> UserExpressions { get; init; } = new Dictionary<string, string>();
}
