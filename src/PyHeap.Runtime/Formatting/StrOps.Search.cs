using System.Text;

namespace PyHeap.Runtime.Formatting;

public static partial class StrOps
{
    /// <summary>Slice-style clamping of optional start/end (None = null). Models stringlib ADJUST_INDICES.</summary>
    public static (int Start, int End) AdjustIndices(int length, long? start, long? end)
    {
        long e = end ?? length;
        long b = start ?? 0;
        if (e > length)
        {
            e = length;
        }
        else if (e < 0)
        {
            e = Math.Max(e + length, 0);
        }

        if (b < 0)
        {
            b = Math.Max(b + length, 0);
        }

        return ((int)Math.Min(b, int.MaxValue), (int)e);
    }

    /// <summary>str.find(sub, start, end): -1 when absent.</summary>
    public static int Find(string s, string sub, long? start = null, long? end = null)
    {
        (int b, int e) = AdjustIndices(s.Length, start, end);
        if (b > s.Length || e - b < sub.Length)
        {
            return -1;
        }

        return s.IndexOf(sub, b, e - b, StringComparison.Ordinal);
    }

    /// <summary>str.rfind(sub, start, end).</summary>
    public static int RFind(string s, string sub, long? start = null, long? end = null)
    {
        (int b, int e) = AdjustIndices(s.Length, start, end);
        if (b > s.Length || e - b < sub.Length)
        {
            return -1;
        }

        if (sub.Length == 0)
        {
            return e;
        }

        return s.LastIndexOf(sub, e - 1, e - b, StringComparison.Ordinal);
    }

    /// <summary>str.index: ValueError "substring not found".</summary>
    public static int Index(string s, string sub, long? start = null, long? end = null)
    {
        int i = Find(s, sub, start, end);
        return i >= 0 ? i : throw PyFormatError.Value("substring not found");
    }

    /// <summary>str.rindex: ValueError "substring not found".</summary>
    public static int RIndex(string s, string sub, long? start = null, long? end = null)
    {
        int i = RFind(s, sub, start, end);
        return i >= 0 ? i : throw PyFormatError.Value("substring not found");
    }

    /// <summary>str.count(sub, start, end): non-overlapping occurrences; the empty string occurs len+1 times.</summary>
    public static int Count(string s, string sub, long? start = null, long? end = null)
    {
        (int b, int e) = AdjustIndices(s.Length, start, end);
        if (b > s.Length || e - b < sub.Length)
        {
            return 0;
        }

        if (sub.Length == 0)
        {
            return e - b + 1;
        }

        int count = 0;
        int pos = b;
        while (true)
        {
            int found = s.IndexOf(sub, pos, e - pos, StringComparison.Ordinal);
            if (found < 0)
            {
                return count;
            }

            count++;
            pos = found + sub.Length;
            if (e - pos < sub.Length)
            {
                return count;
            }
        }
    }

    /// <summary>str.replace(old, new, count=-1), including an empty old (insert between every char).</summary>
    public static string Replace(string s, string oldValue, string newValue, long count = -1)
    {
        long max = count < 0 ? long.MaxValue : count;
        if (max == 0)
        {
            return s;
        }

        var sb = new StringBuilder(s.Length);
        if (oldValue.Length == 0)
        {
            long done = 0;
            int i = 0;
            for (; i <= s.Length && done < max; i++, done++)
            {
                sb.Append(newValue);
                if (i < s.Length)
                {
                    sb.Append(s[i]);
                }
            }

            if (i < s.Length)
            {
                sb.Append(s, i, s.Length - i);
            }

            return sb.ToString();
        }

        int start = 0;
        long replaced = 0;
        while (replaced < max)
        {
            int pos = s.IndexOf(oldValue, start, StringComparison.Ordinal);
            if (pos < 0)
            {
                break;
            }

            sb.Append(s, start, pos - start).Append(newValue);
            start = pos + oldValue.Length;
            replaced++;
        }

        if (replaced == 0)
        {
            return s;
        }

        sb.Append(s, start, s.Length - start);
        return sb.ToString();
    }

    /// <summary>str.startswith(prefix, start, end) for one prefix.</summary>
    public static bool StartsWith(string s, string prefix, long? start = null, long? end = null)
    {
        (int b, int e) = AdjustIndices(s.Length, start, end);
        if (b > s.Length || e - b < prefix.Length)
        {
            return false;
        }

        return string.CompareOrdinal(s, b, prefix, 0, prefix.Length) == 0;
    }

    /// <summary>str.endswith(suffix, start, end) for one suffix.</summary>
    public static bool EndsWith(string s, string suffix, long? start = null, long? end = null)
    {
        (int b, int e) = AdjustIndices(s.Length, start, end);
        if (b > s.Length || e - b < suffix.Length)
        {
            return false;
        }

        return string.CompareOrdinal(s, e - suffix.Length, suffix, 0, suffix.Length) == 0;
    }
}
