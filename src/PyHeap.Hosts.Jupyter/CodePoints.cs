namespace PyHeap.Hosts.Jupyter;

/// <summary>
/// Since protocol 5.2, cursor positions are counted in Unicode code points; .NET strings index UTF-16 code
/// units. The two differ once the code holds a character outside the BMP (an emoji), so convert at the edge.
/// </summary>
internal static class CodePoints
{
    /// <summary>The UTF-16 index of the <paramref name="codePoints"/>-th code point (clamped to the string).</summary>
    public static int ToUtf16Index(string text, int codePoints)
    {
        var index = 0;
        for (var n = 0; n < codePoints && index < text.Length; n++)
        {
            index += char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]) ? 2 : 1;
        }
        return index;
    }

    /// <summary>The number of code points before UTF-16 index <paramref name="utf16Index"/>.</summary>
    public static int FromUtf16Index(string text, int utf16Index)
    {
        var count = 0;
        var end = Math.Clamp(utf16Index, 0, text.Length);
        for (var i = 0; i < end; i++)
        {
            if (!(char.IsLowSurrogate(text[i]) && i > 0 && char.IsHighSurrogate(text[i - 1]))) count++;
        }
        return count;
    }
}
