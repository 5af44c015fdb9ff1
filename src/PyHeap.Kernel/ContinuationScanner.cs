namespace PyHeap.Kernel;

/// <summary>
/// Follows a cell line by line far enough to know whether the next line starts a new statement: open
/// brackets, an unfinished triple-quoted string and a trailing backslash continue it. Also tells
/// is_complete what is still open.
/// </summary>
internal sealed class ContinuationScanner
{
    private int depth;
    private string? openTriple;
    private bool backslash;

    public bool AtStatementStart => depth == 0 && openTriple is null && !backslash;

    public bool InTripleString => openTriple is not null;

    public int BracketDepth => depth;

    public bool EndsWithBackslash => backslash;

    public void Scan(string line)
    {
        backslash = false;
        var i = 0;
        while (i < line.Length)
        {
            if (openTriple is not null)
            {
                var close = line.IndexOf(openTriple, i, StringComparison.Ordinal);
                while (close > 0 && line[close - 1] == '\\') close = line.IndexOf(openTriple, close + 1, StringComparison.Ordinal);
                if (close < 0) return;
                i = close + 3;
                openTriple = null;
                continue;
            }
            var c = line[i];
            switch (c)
            {
                case '#':
                    return;
                case '(' or '[' or '{':
                    depth++;
                    break;
                case ')' or ']' or '}':
                    depth = Math.Max(0, depth - 1);
                    break;
                case '\\' when i == line.Length - 1:
                    backslash = true;
                    return;
                case '"' or '\'':
                    if (i + 2 < line.Length && line[i + 1] == c && line[i + 2] == c)
                    {
                        openTriple = new string(c, 3);
                        i += 3;
                        continue;
                    }
                    i = SkipString(line, i, c);
                    continue;
            }
            i++;
        }
    }

    private static int SkipString(string line, int start, char quote)
    {
        var i = start + 1;
        while (i < line.Length && line[i] != quote)
        {
            if (line[i] == '\\') i++;
            i++;
        }
        return i + 1;
    }
}
