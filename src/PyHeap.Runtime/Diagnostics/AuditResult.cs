namespace PyHeap.Runtime.Diagnostics;

/// <summary>What the heap audit found: how many objects it checked and every mismatch.</summary>
public sealed record AuditResult(int ObjectsChecked, IReadOnlyList<string> Problems)
{
    public bool Ok => Problems.Count == 0;

    public override string ToString() => Ok
        ? $"heap audit: {ObjectsChecked} objects, all counts match"
        : $"heap audit: {Problems.Count} mismatches in {ObjectsChecked} objects:\n  " + string.Join("\n  ", Problems.Take(50));
}
