namespace PyHeap.Language.Parsing;

/// <summary>The verdict of <see cref="Parser.CheckComplete"/>; Indent is what the next line should start with
/// when the cell is incomplete (e.g. four spaces after <c>if x:</c>), otherwise empty.</summary>
public sealed record CompletenessResult(CompletenessStatus Status, string Indent = "")
{
    public static readonly CompletenessResult Complete = new(CompletenessStatus.Complete);
    public static readonly CompletenessResult Invalid = new(CompletenessStatus.Invalid);
}
