namespace PyHeap.Language.Unicode;

using System.Globalization;
using System.Text;

/// <summary>NFC/NFD/NFKC/NFKD as CPython 3.11 computes them (Models Modules/unicodedata.c: nfd_nfkd, nfc_nfkc and
/// is_normalized_quickcheck), over code points; lone surrogates pass through unchanged.</summary>
public static class UnicodeNormalization
{
    private const int SBase = 0xAC00, LBase = 0x1100, VBase = 0x1161, TBase = 0x11A7;
    private const int LCount = 19, VCount = 21, TCount = 28, NCount = VCount * TCount, SCount = LCount * NCount;

    /// <summary>is_normalized_quickcheck with yes_only: true when the string is certainly in the form.</summary>
    public static bool QuickCheckYes(string s, bool compose, bool compatibility)
    {
        var bit = (compose, compatibility) switch
        {
            (false, false) => UcdFlags.QuickNfd,
            (false, true) => UcdFlags.QuickNfkd,
            (true, false) => UcdFlags.QuickNfc,
            _ => UcdFlags.QuickNfkc,
        };
        if (IsAscii(s)) return true;
        int previous = 0;
        foreach (int cp in CodePoints(s))
        {
            var record = UnicodeDatabase.Get(cp);
            if (record.Combining != 0 && previous > record.Combining) return false;
            previous = record.Combining;
            if (!record.Has(bit)) return false;
        }
        return true;
    }

    public static string Normalize(string s, bool compose, bool compatibility)
    {
        var decomposed = Decompose(s, compatibility);
        if (compose) decomposed = Compose(decomposed);
        var sb = new StringBuilder(decomposed.Count);
        foreach (int cp in decomposed)
        {
            if (cp < 0x10000) sb.Append((char)cp);
            else sb.Append(char.ConvertFromUtf32(cp));
        }
        return sb.ToString();
    }

    /// <summary>nfd_nfkd: full decomposition, then the canonical ordering of combining marks.</summary>
    private static List<int> Decompose(string s, bool compatibility)
    {
        var tables = UnicodeDatabase.Tables;
        var output = new List<int>(s.Length);
        var stack = new Stack<int>();
        foreach (int start in CodePoints(s))
        {
            stack.Push(start);
            while (stack.Count > 0)
            {
                int cp = stack.Pop();
                if (cp is >= SBase and < SBase + SCount)
                {
                    int index = cp - SBase;
                    output.Add(LBase + index / NCount);
                    output.Add(VBase + index % NCount / TCount);
                    if (index % TCount != 0) output.Add(TBase + index % TCount);
                    continue;
                }
                if (!tables.Decompositions.TryGetValue(cp, out string? text) || (text[0] == '<' && !compatibility))
                {
                    output.Add(cp);
                    continue;
                }
                var parts = text.Split(' ');
                for (int i = parts.Length - 1; i >= 0; i--)
                {
                    if (parts[i][0] != '<') stack.Push(int.Parse(parts[i], NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                }
            }
        }
        SortCanonically(output);
        return output;
    }

    private static void SortCanonically(List<int> output)
    {
        if (output.Count == 0) return;
        int previous = UnicodeDatabase.Combining(output[0]);
        for (int i = 1; i < output.Count; i++)
        {
            int current = UnicodeDatabase.Combining(output[i]);
            if (previous == 0 || current == 0 || previous <= current)
            {
                previous = current;
                continue;
            }
            // Out of order: move the mark back past every mark of a higher class.
            for (int o = i - 1; ; o--)
            {
                (output[o], output[o + 1]) = (output[o + 1], output[o]);
                if (o == 0) break;
                previous = UnicodeDatabase.Combining(output[o - 1]);
                if (previous == 0 || previous <= current) break;
            }
            previous = UnicodeDatabase.Combining(output[i]);
        }
    }

    /// <summary>nfc_nfkc's composition pass over decomposed text.</summary>
    private static List<int> Compose(List<int> input)
    {
        var pairs = Compositions.Pairs;
        var output = new List<int>(input.Count);
        var skipped = new List<int>();
        int i = 0;
        while (i < input.Count)
        {
            if (skipped.Remove(i))
            {
                i++;
                continue;
            }
            int code = input[i];
            // Hangul: decomposed input never holds <LV, T> pairs, so L V (T) is the only case.
            if (code is >= LBase and < LBase + LCount && i + 1 < input.Count && input[i + 1] is >= VBase and < VBase + VCount)
            {
                code = SBase + ((code - LBase) * VCount + input[i + 1] - VBase) * TCount;
                i += 2;
                if (i < input.Count && input[i] > TBase && input[i] < TBase + TCount)
                {
                    code += input[i] - TBase;
                    i++;
                }
                output.Add(code);
                continue;
            }
            if (!Compositions.First.Contains(code))
            {
                output.Add(code);
                i++;
                continue;
            }
            int combining = 0;
            for (int i1 = i + 1; i1 < input.Count; i1++)
            {
                int code1 = input[i1];
                int combining1 = UnicodeDatabase.Combining(code1);
                if (combining != 0)
                {
                    if (combining1 == 0) break;
                    if (combining >= combining1) continue; // blocked
                }
                if (!Compositions.Last.Contains(code1) || !pairs.TryGetValue((code, code1), out int composed))
                {
                    if (combining1 == 0) break;
                    combining = combining1;
                    continue;
                }
                code = composed;
                skipped.Add(i1);
                if (!Compositions.First.Contains(code)) break;
            }
            output.Add(code);
            i++;
        }
        return output;
    }

    private static bool IsAscii(string s)
    {
        foreach (char c in s)
        {
            if (c >= 0x80) return false;
        }
        return true;
    }

    private static IEnumerable<int> CodePoints(string s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                yield return char.ConvertToUtf32(s[i], s[i + 1]);
                i++;
            }
            else
            {
                yield return s[i];
            }
        }
    }

    /// <summary>The primary composites: canonical pair decompositions that are not excluded from composition.</summary>
    private static class Compositions
    {
        public static readonly Dictionary<(int, int), int> Pairs = new();
        public static readonly HashSet<int> First = new(), Last = new();

        static Compositions()
        {
            var tables = UnicodeDatabase.Tables;
            foreach (var (cp, text) in tables.Decompositions)
            {
                if (text[0] == '<' || tables.CompositionExclusions.Contains(cp)) continue;
                var parts = text.Split(' ');
                if (parts.Length != 2) continue;
                int a = int.Parse(parts[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                int b = int.Parse(parts[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                Pairs[(a, b)] = cp;
                First.Add(a);
                Last.Add(b);
            }
        }
    }
}
