namespace PyHeap.Language.Parsing;

using System.Text;
using PyHeap.Language.Syntax;

/// <summary>Collects the values of a JoinedStr: adjacent literal text merges into one Constant (empty ones are
/// dropped), as CPython 3.11's FstringParser does. Every part gets the whole string's span, as in 3.11.</summary>
internal sealed class FStringBuilder(SourceSpan span)
{
    private readonly List<Expression> values = [];

    public StringBuilder Literal { get; } = new();

    public SourceSpan Span { get; } = span;

    public void AddField(FormattedValue value)
    {
        Flush();
        values.Add(value);
    }

    public List<Expression> Finish()
    {
        Flush();
        return values;
    }

    private void Flush()
    {
        if (Literal.Length == 0) return;
        values.Add(new Constant(ConstantValue.Str(Literal.ToString()), Span));
        Literal.Clear();
    }
}
