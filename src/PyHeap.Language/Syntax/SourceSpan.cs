namespace PyHeap.Language.Syntax;

/// <summary>Where a node or token sits: 1-based lines and 0-based columns (in characters), end exclusive,
/// like ast's lineno/col_offset/end_lineno/end_col_offset.</summary>
public readonly record struct SourceSpan(int Line, int Column, int EndLine, int EndColumn)
{
    public static readonly SourceSpan None = new(0, 0, 0, 0);

    /// <summary>The span from the start of <paramref name="first"/> to the end of <paramref name="last"/>.</summary>
    public static SourceSpan Cover(SourceSpan first, SourceSpan last) => new(first.Line, first.Column, last.EndLine, last.EndColumn);
}
