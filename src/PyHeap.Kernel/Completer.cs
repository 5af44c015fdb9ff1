using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Kernel;

/// <summary>
/// complete_request: names in the user namespace, builtins and keywords for a bare prefix; <c>dir()</c> of the
/// object for <c>expr.prefix</c> (a dotted name, resolved as the inspector does); magic names after <c>%</c>.
/// Private names show only when the prefix starts with an underscore, as in IPython.
/// </summary>
internal static partial class Completer
{
    private static readonly string[] Keywords =
    [
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
        "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
        "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    ];

    public static CompletionResult Complete(Interpreter interp, MagicRegistry magics, string code, int cursor)
    {
        cursor = Math.Clamp(cursor, 0, code.Length);
        var start = cursor;
        while (start > 0 && (char.IsLetterOrDigit(code[start - 1]) || code[start - 1] is '_' or '.' or '%')) start--;
        var token = code[start..cursor];
        if (token.StartsWith('%'))
        {
            var cell = token.StartsWith("%%");
            var name = token.TrimStart('%');
            var found = (cell ? magics.CellMagics : magics.LineMagics.Concat(magics.CellMagics))
                .Where(m => m.Name.StartsWith(name, StringComparison.Ordinal))
                .Select(m => (m.IsCellMagic ? "%%" : "%") + m.Name)
                .Distinct()
                .ToList();
            return new CompletionResult(found, start, cursor);
        }
        token = token.TrimStart('%');
        start = cursor - token.Length;
        var dot = token.LastIndexOf('.');
        if (dot >= 0)
        {
            var partial = token[(dot + 1)..];
            return new CompletionResult(Filter(Attributes(interp, token[..dot]), partial), cursor - partial.Length, cursor);
        }
        var lineStart = code.LastIndexOf('\n', Math.Max(0, start - 1)) + 1;
        var before = code[lineStart..start];
        if (ImportPattern().IsMatch(before))
            return new CompletionResult(Filter(interp.AvailableModules.Where(m => !m.Contains('.')), token), start, cursor);
        var names = Keywords
            .Concat(Keys(interp.MainModule.Dict))
            .Concat(Keys(interp.BuiltinsDict))
            .Concat(BoundInCode(code[..start] + code[cursor..]))
            .Concat(interp.AvailableModules.Where(m => !m.Contains('.')));
        return new CompletionResult(Filter(names, token), start, cursor);
    }

    /// <summary>Names the code being edited binds (as jedi sees them before the cell runs): imports, assignments, defs, classes, loop targets.</summary>
    private static IEnumerable<string> BoundInCode(string code) =>
        BindingPattern().Matches(code).Select(m => m.Groups["name"].Value).Where(n => n.Length > 0);

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(import|from)\s+[\w.]*$")]
    private static partial System.Text.RegularExpressions.Regex ImportPattern();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?m)(?:^\s*import\s+|,\s*|\bas\s+|^\s*(?:def|class)\s+|^\s*for\s+|^\s*)(?<name>[A-Za-z_]\w*)(?=\s*(?:=[^=]|,|\(|:|\s+in\b|$))")]
    private static partial System.Text.RegularExpressions.Regex BindingPattern();

    private static List<string> Filter(IEnumerable<string> names, string prefix) =>
        names.Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && (prefix.StartsWith('_') || !n.StartsWith('_')))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

    private static IEnumerable<string> Keys(PyDict dict) =>
        dict.Pairs().Select(p => p.Key is PyStr s ? s.Value : null).OfType<string>().ToList();

    private static List<string> Attributes(Interpreter interp, string dotted)
    {
        var obj = NameResolver.Resolve(interp, dotted);
        if (obj is null) return [];
        PyObject? listing = null;
        try
        {
            var dir = interp.BuiltinsDict.GetItemOrNull("dir");
            if (dir is null) return [];
            listing = interp.CallObject(dir, [obj]);
            return listing is PyList l ? l.Items.ToArray().OfType<PyStr>().Select(s => s.Value).ToList() : [];
        }
        catch (PyException e)
        {
            RefCounts.DecRef(e.Value);
            return [];
        }
        finally
        {
            if (listing is not null) RefCounts.DecRef(listing);
            RefCounts.DecRef(obj);
        }
    }
}
