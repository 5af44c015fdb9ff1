namespace PyHeap.Runtime.Formatting;

/// <summary>
/// One piece of a parsed str.format template: literal text or a replacement field.
/// <see cref="Literal"/> is non-null for text; otherwise the field members are set.
/// </summary>
/// <param name="Literal">Literal text (with {{ and }} already unescaped), or null for a field.</param>
/// <param name="Index">The positional index (explicit or auto-numbered), or -1 when <paramref name="Name"/> is used.</param>
/// <param name="Name">The keyword name of the first part, or null for a positional field.</param>
/// <param name="Accessors">The chain of .attr / [key] lookups after the first part.</param>
/// <param name="Conversion">'r', 's', 'a' or '\0'.</param>
/// <param name="Spec">The format spec as a template (it may contain nested fields); render it, then call format(obj, spec).</param>
public sealed record FormatPiece(
    string? Literal, int Index, string? Name, IReadOnlyList<FieldAccessor> Accessors, char Conversion, IReadOnlyList<FormatPiece> Spec)
{
    public bool IsLiteral => Literal is not null;
}
