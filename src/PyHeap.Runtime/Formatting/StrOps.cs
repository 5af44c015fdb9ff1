namespace PyHeap.Runtime.Formatting;

/// <summary>str methods with Python semantics where .NET's differ. Strings are UTF-16; see each method for surrogates.</summary>
public static partial class StrOps
{
    /// <summary>str.isspace for one char: .NET's whitespace plus the separators \x1c-\x1f that Python also counts.</summary>
    public static bool IsSpace(char c) => c < 0x80
        ? c is ' ' or (>= '\t' and <= '\r') or (>= '\x1c' and <= '\x1f')
        : char.IsWhiteSpace(c);
}
