namespace PyHeap.Language.Unicode;

/// <summary>
/// Character names, name aliases and named sequences of CPython 3.11's database (Models Modules/unicodedata.c:
/// _getucname and _getcode). Hangul syllables and CJK unified ideographs are named algorithmically. Lookup is
/// ASCII case-insensitive except for those two algorithmic prefixes, which CPython compares case-sensitively.
/// Loaded from an embedded resource on first use.
/// </summary>
public static class UnicodeNames
{
    private const int SBase = 0xAC00, LCount = 19, VCount = 21, TCount = 28, NCount = VCount * TCount, SCount = LCount * NCount;
    private const string HangulPrefix = "HANGUL SYLLABLE ", IdeographPrefix = "CJK UNIFIED IDEOGRAPH-";

    private const int AliasesStart = 0xF0000, NamedSequencesStart = 0xF0200;

    /// <summary>unicodedata.name: the character's name, or null (aliases are never returned).</summary>
    public static string? GetName(int cp) => GetName(cp, aliasesAndSequences: false);

    /// <summary>_getucname: with <paramref name="aliasesAndSequences"/> (as the namereplace error handler asks), the
    /// private-use code points where CPython keeps its aliases and named sequences are named by them.</summary>
    public static string? GetName(int cp, bool aliasesAndSequences)
    {
        var t = Holder.Tables;
        if (aliasesAndSequences && cp >= AliasesStart && cp - AliasesStart < t.AliasNames.Length) return t.AliasNames[cp - AliasesStart];
        if (aliasesAndSequences && cp >= NamedSequencesStart && cp - NamedSequencesStart < t.SequenceNames.Length) return t.SequenceNames[cp - NamedSequencesStart];
        if (cp is >= SBase and < SBase + SCount)
        {
            int s = cp - SBase;
            return HangulPrefix + t.Leads[s / NCount] + t.Vowels[s % NCount / TCount] + t.Trails[s % TCount];
        }
        if (t.IsUnifiedIdeograph(cp)) return IdeographPrefix + cp.ToString("X");
        int i = Array.BinarySearch(t.Codes, cp);
        return i >= 0 ? t.Names[i] : null;
    }

    /// <summary>Looks a name up as unicodedata.lookup does (<paramref name="namedSequences"/> true) or as the
    /// \N{...} escape does (named sequences are not characters there).</summary>
    public static bool TryLookup(ReadOnlySpan<char> name, bool namedSequences, out string value)
    {
        value = "";
        var t = Holder.Tables;
        if (name.StartsWith(HangulPrefix, StringComparison.Ordinal))
        {
            int pos = HangulPrefix.Length;
            int l = FindSyllable(name, ref pos, t.Leads), v = FindSyllable(name, ref pos, t.Vowels), tr = FindSyllable(name, ref pos, t.Trails);
            if (l < 0 || v < 0 || tr < 0 || pos != name.Length) return false;
            value = ((char)(SBase + (l * VCount + v) * TCount + tr)).ToString();
            return true;
        }
        if (name.StartsWith(IdeographPrefix, StringComparison.Ordinal))
        {
            var hex = name[IdeographPrefix.Length..];
            if (hex.Length is not (4 or 5)) return false;
            int cp = 0;
            foreach (char c in hex)
            {
                if (c is >= '0' and <= '9') cp = cp * 16 + (c - '0');
                else if (c is >= 'A' and <= 'F') cp = cp * 16 + (c - 'A' + 10);
                else return false;
            }
            if (!t.IsUnifiedIdeograph(cp)) return false;
            value = char.ConvertFromUtf32(cp);
            return true;
        }
        Span<char> upper = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (c >= 0x80) return false;
            upper[i] = c is >= 'a' and <= 'z' ? (char)(c - 32) : c;
        }
        if (!t.Lookup.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(upper, out int code)) return false;
        if (code < 0)
        {
            if (!namedSequences) return false;
            value = t.Sequences[-code - 1];
            return true;
        }
        value = char.ConvertFromUtf32(code);
        return true;
    }

    /// <summary>The longest jamo name at <paramref name="pos"/> (unicodedata.c: find_syllable); -1 when none.</summary>
    private static int FindSyllable(ReadOnlySpan<char> name, ref int pos, string[] jamo)
    {
        int best = -1, length = -1;
        for (int i = 0; i < jamo.Length; i++)
        {
            if (jamo[i].Length > length && name[pos..].StartsWith(jamo[i], StringComparison.Ordinal))
            {
                length = jamo[i].Length;
                best = i;
            }
        }
        pos += Math.Max(length, 0);
        return best;
    }

    private static class Holder
    {
        public static readonly UcnTables Tables;

        // Lazy: the names are loaded by the first \N{...} escape or unicodedata call, not at start-up.
        static Holder() => Tables = UcnTables.Load();
    }
}
