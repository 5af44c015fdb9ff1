namespace PyHeap.Language.Parsing;

using PyHeap.Language.Syntax;

public sealed partial class Parser
{
    /// <summary>Judges a cell like IPython's is_complete: open brackets, unterminated triple-quoted strings,
    /// trailing backslashes and compound headers without a body are incomplete; other errors are invalid.
    /// A cell whose last line is indented may go on, so it is incomplete until it ends with a newline.</summary>
    public static CompletenessResult CheckComplete(string source)
    {
        source = Lexing.Tokenizer.Normalize(source);
        if (source.Trim().Length == 0) return CompletenessResult.Complete;
        var lines = (source.EndsWith('\n') ? source[..^1] : source).Split('\n');
        int lastNo = lines.Length;
        while (lastNo > 1 && lines[lastNo - 1].Trim().Length == 0) lastNo--;
        var lastLine = lines[lastNo - 1];
        string lastIndent = lastLine[..(lastLine.Length - lastLine.TrimStart(' ', '\t').Length)];
        try
        {
            ParseModule(source);
        }
        catch (PySyntaxError e)
        {
            bool atEnd = e.Line > lastNo || (e.Line == lastNo && e.Column >= lastLine.TrimEnd().Length);
            if (e.Message.StartsWith("expected an indented block", StringComparison.Ordinal) && atEnd)
            {
                return new CompletenessResult(CompletenessStatus.Incomplete, lastIndent + "    ");
            }
            if (e.Message.EndsWith("was never closed", StringComparison.Ordinal)
                || e.Message.StartsWith("unterminated triple-quoted string literal", StringComparison.Ordinal)
                || e.Message == "unexpected EOF while parsing")
            {
                return new CompletenessResult(CompletenessStatus.Incomplete, lastIndent);
            }
            return CompletenessResult.Invalid;
        }
        // Like IPython: an indented last line may be followed by more of its block; a final newline ends the cell.
        var rawLast = source.Split('\n')[^1];
        if (rawLast.Trim().Length > 0 && rawLast.Length > rawLast.TrimStart(' ', '\t').Length)
        {
            return new CompletenessResult(CompletenessStatus.Incomplete, lastIndent);
        }
        return CompletenessResult.Complete;
    }
}
