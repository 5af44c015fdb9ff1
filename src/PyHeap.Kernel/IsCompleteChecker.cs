using PyHeap.Language.Parsing;
using PyHeap.Language.Syntax;

namespace PyHeap.Kernel;

/// <summary>
/// is_complete_request as IPython's TransformerManager.check_complete answers it: <c>incomplete</c> while a
/// bracket, a triple-quoted string or a backslash continuation is open, after a line ending in <c>:</c>, and
/// while the last line is still indented inside a block (a blank line ends it); <c>invalid</c> for code that
/// can never parse; otherwise <c>complete</c>.
/// </summary>
internal static class IsCompleteChecker
{
    public static IsCompleteResult Check(string code)
    {
        var source = CellTransformer.Transform(code);
        var lines = source.Split('\n');
        var scanner = new ContinuationScanner();
        foreach (var line in lines) scanner.Scan(line);
        var last = lines.LastOrDefault(l => l.Trim().Length > 0) ?? "";
        var lastIndent = last[..(last.Length - last.TrimStart(' ', '\t').Length)];
        if (scanner.InTripleString || scanner.BracketDepth > 0) return new IsCompleteResult("incomplete", "");
        if (scanner.EndsWithBackslash) return new IsCompleteResult("incomplete", lastIndent);
        try
        {
            Parser.ParseModule(source, "<cell>");
        }
        catch (PySyntaxError)
        {
            return StripComment(last).TrimEnd().EndsWith(':')
                ? new IsCompleteResult("incomplete", lastIndent + "    ")
                : new IsCompleteResult("invalid");
        }
        var endsWithBlankLine = code.Replace("\r\n", "\n").EndsWith('\n');
        if (lastIndent.Length > 0 && !endsWithBlankLine) return new IsCompleteResult("incomplete", lastIndent);
        return new IsCompleteResult("complete");
    }

    private static string StripComment(string line)
    {
        var hash = line.IndexOf('#');
        return hash < 0 ? line : line[..hash];
    }
}
