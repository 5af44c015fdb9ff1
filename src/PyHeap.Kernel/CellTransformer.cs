using System.Text;
using System.Text.RegularExpressions;

namespace PyHeap.Kernel;

/// <summary>
/// IPython's input transformers (IPython/core/inputtransformer2.py), for the forms PyHeap supports: a cell
/// starting with <c>%%name line</c> becomes <c>get_ipython().run_cell_magic(…)</c>; a line <c>%name line</c>
/// becomes <c>get_ipython().run_line_magic(…)</c>; <c>!cmd</c> becomes <c>get_ipython().system(…)</c>; and
/// <c>name?</c> / <c>?name</c> / <c>name??</c> ask the inspector. Lines inside a bracket or a triple-quoted string are left alone.
/// </summary>
public static partial class CellTransformer
{
    public static string Transform(string cell)
    {
        var text = cell.Replace("\r\n", "\n");
        if (text.StartsWith("%%", StringComparison.Ordinal))
        {
            var newline = text.IndexOf('\n');
            var first = newline < 0 ? text : text[..newline];
            var body = newline < 0 ? "" : text[(newline + 1)..];
            var (name, line) = SplitMagic(first[2..]);
            return $"get_ipython().run_cell_magic({Quote(name)}, {Quote(line)}, {Quote(body)})\n";
        }
        var lines = text.Split('\n');
        var output = new StringBuilder();
        var scanner = new ContinuationScanner();
        for (var i = 0; i < lines.Length; i++)
        {
            var raw = lines[i];
            var transformed = scanner.AtStatementStart ? TransformLine(raw) : raw;
            scanner.Scan(raw);
            output.Append(transformed);
            if (i < lines.Length - 1) output.Append('\n');
        }
        return output.ToString();
    }

    private static string TransformLine(string raw)
    {
        var body = raw.TrimStart(' ', '\t');
        var indent = raw[..(raw.Length - body.Length)];
        if (body.StartsWith('%') && body.Length > 1 && (char.IsLetter(body[1]) || body[1] == '_'))
        {
            var (name, line) = SplitMagic(body[1..]);
            return $"{indent}get_ipython().run_line_magic({Quote(name)}, {Quote(line)})";
        }
        if (body.StartsWith('!'))
            return $"{indent}get_ipython().system({Quote(body[1..].Trim())})";
        var help = HelpPattern().Match(body.TrimEnd());
        if (help.Success && (help.Groups["pre"].Length > 0 || help.Groups["post"].Length > 0))
        {
            var name = help.Groups["name"].Value;
            var detail = help.Groups["post"].Value.Length == 2 || help.Groups["pre"].Value.Length == 2 ? "pinfo2" : "pinfo";
            return $"{indent}get_ipython().run_line_magic({Quote(detail)}, {Quote(name)})";
        }
        return raw;
    }

    private static (string Name, string Line) SplitMagic(string s)
    {
        var end = 0;
        while (end < s.Length && (char.IsLetterOrDigit(s[end]) || s[end] == '_')) end++;
        return (s[..end], s[end..].Trim());
    }

    /// <summary>A Python string literal for <paramref name="s"/>.</summary>
    public static string Quote(string s)
    {
        var b = new StringBuilder("'");
        foreach (var c in s)
        {
            b.Append(c switch
            {
                '\\' => "\\\\",
                '\'' => "\\'",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => c.ToString(),
            });
        }
        return b.Append('\'').ToString();
    }

    [GeneratedRegex(@"^(?<pre>\?{1,2})?(?<name>[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*)(?<post>\?{1,2})?$")]
    private static partial Regex HelpPattern();
}
