namespace PyHeap.Runtime.Formatting;

/// <summary>Code-point counting over UTF-16, so that widths and precisions match CPython's str lengths.</summary>
internal static class CodePoints
{
    public static int Count(ReadOnlySpan<char> s)
    {
        int n = s.Length;
        for (int i = 0; i + 1 < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && char.IsLowSurrogate(s[i + 1]))
            {
                n--;
                i++;
            }
        }

        return n;
    }

    /// <summary>The UTF-16 offset of code point number <paramref name="index"/> (clamped to the end).</summary>
    public static int Offset(ReadOnlySpan<char> s, int index)
    {
        int i = 0;
        while (index > 0 && i < s.Length)
        {
            i += char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? 2 : 1;
            index--;
        }

        return i;
    }
}
