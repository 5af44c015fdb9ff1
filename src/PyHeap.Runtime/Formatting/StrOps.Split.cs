namespace PyHeap.Runtime.Formatting;

public static partial class StrOps
{
    /// <summary>str.split(sep=None, maxsplit=-1). Models stringlib split_whitespace / split.</summary>
    public static List<string> Split(string s, string? sep = null, long maxsplit = -1)
    {
        long maxcount = maxsplit < 0 ? long.MaxValue : maxsplit;
        var result = new List<string>();
        if (sep is null)
        {
            int i = 0, n = s.Length;
            while (maxcount-- > 0)
            {
                while (i < n && IsSpace(s[i]))
                {
                    i++;
                }

                if (i == n)
                {
                    break;
                }

                int j = i++;
                while (i < n && !IsSpace(s[i]))
                {
                    i++;
                }

                result.Add(s[j..i]);
            }

            if (i < n)
            {
                while (i < n && IsSpace(s[i]))
                {
                    i++;
                }

                if (i != n)
                {
                    result.Add(s[i..]);
                }
            }

            return result;
        }

        CheckSeparator(sep);
        int start = 0;
        while (maxcount-- > 0)
        {
            int pos = s.IndexOf(sep, start, StringComparison.Ordinal);
            if (pos < 0)
            {
                break;
            }

            result.Add(s[start..pos]);
            start = pos + sep.Length;
        }

        result.Add(s[start..]);
        return result;
    }

    /// <summary>str.rsplit(sep=None, maxsplit=-1).</summary>
    public static List<string> RSplit(string s, string? sep = null, long maxsplit = -1)
    {
        long maxcount = maxsplit < 0 ? long.MaxValue : maxsplit;
        var result = new List<string>();
        if (sep is null)
        {
            int i = s.Length - 1;
            while (maxcount-- > 0)
            {
                while (i >= 0 && IsSpace(s[i]))
                {
                    i--;
                }

                if (i < 0)
                {
                    break;
                }

                int j = i--;
                while (i >= 0 && !IsSpace(s[i]))
                {
                    i--;
                }

                result.Add(s[(i + 1)..(j + 1)]);
            }

            if (i >= 0)
            {
                while (i >= 0 && IsSpace(s[i]))
                {
                    i--;
                }

                if (i >= 0)
                {
                    result.Add(s[..(i + 1)]);
                }
            }

            result.Reverse();
            return result;
        }

        CheckSeparator(sep);
        int end = s.Length;
        while (maxcount-- > 0 && end >= sep.Length)
        {
            int pos = s.LastIndexOf(sep, end - 1, end, StringComparison.Ordinal);
            if (pos < 0 || pos + sep.Length > end)
            {
                break;
            }

            result.Add(s[(pos + sep.Length)..end]);
            end = pos;
        }

        result.Add(s[..end]);
        result.Reverse();
        return result;
    }

    /// <summary>str.splitlines(keepends): \n \r \r\n \v \f \x1c \x1d \x1e \x85 \u2028 \u2029 end lines.</summary>
    public static List<string> SplitLines(string s, bool keepEnds = false)
    {
        var result = new List<string>();
        int i = 0, n = s.Length;
        while (i < n)
        {
            int j = i;
            while (i < n && !IsLineBreak(s[i]))
            {
                i++;
            }

            int eol = i;
            if (i < n)
            {
                i += s[i] == '\r' && i + 1 < n && s[i + 1] == '\n' ? 2 : 1;
                if (keepEnds)
                {
                    eol = i;
                }
            }

            result.Add(s[j..eol]);
        }

        return result;
    }

    private static bool IsLineBreak(char c) => c is '\n' or '\r' or '\v' or '\f' or '\x1c' or '\x1d' or '\x1e' or '\x85' or '\u2028' or '\u2029';

    /// <summary>str.partition(sep).</summary>
    public static (string Before, string Separator, string After) Partition(string s, string sep)
    {
        CheckSeparator(sep);
        int pos = s.IndexOf(sep, StringComparison.Ordinal);
        return pos < 0 ? (s, string.Empty, string.Empty) : (s[..pos], sep, s[(pos + sep.Length)..]);
    }

    /// <summary>str.rpartition(sep).</summary>
    public static (string Before, string Separator, string After) RPartition(string s, string sep)
    {
        CheckSeparator(sep);
        int pos = s.LastIndexOf(sep, StringComparison.Ordinal);
        return pos < 0 ? (string.Empty, string.Empty, s) : (s[..pos], sep, s[(pos + sep.Length)..]);
    }

    private static void CheckSeparator(string sep)
    {
        if (sep.Length == 0)
        {
            throw PyFormatError.Value("empty separator");
        }
    }

    /// <summary>str.strip(chars=None).</summary>
    public static string Strip(string s, string? chars = null) => StripCore(s, chars, left: true, right: true);

    /// <summary>str.lstrip(chars=None).</summary>
    public static string LStrip(string s, string? chars = null) => StripCore(s, chars, left: true, right: false);

    /// <summary>str.rstrip(chars=None).</summary>
    public static string RStrip(string s, string? chars = null) => StripCore(s, chars, left: false, right: true);

    private static string StripCore(string s, string? chars, bool left, bool right)
    {
        int start = 0, end = s.Length;
        if (left)
        {
            while (start < end && (chars is null ? IsSpace(s[start]) : chars.Contains(s[start])))
            {
                start++;
            }
        }

        if (right)
        {
            while (end > start && (chars is null ? IsSpace(s[end - 1]) : chars.Contains(s[end - 1])))
            {
                end--;
            }
        }

        return start == 0 && end == s.Length ? s : s[start..end];
    }
}
