namespace PyHeap.Language.Unicode;

/// <summary>The loaded name tables: names sorted by code point, the jamo short names, the CJK unified ideograph
/// ranges, and one lookup dictionary for names, aliases (code points) and named sequences (negative indices).</summary>
internal sealed class UcnTables
{
    public required int[] Codes { get; init; }
    public required string[] Names { get; init; }
    public required string[] Leads { get; init; }
    public required string[] Vowels { get; init; }
    public required string[] Trails { get; init; }
    public required (int First, int Last)[] Ideographs { get; init; }
    public required string[] Sequences { get; init; }

    /// <summary>Alias and named-sequence names in CPython's private-use order (U+F0000.., U+F0200..).</summary>
    public required string[] AliasNames { get; init; }
    public required string[] SequenceNames { get; init; }
    public required Dictionary<string, int> Lookup { get; init; }

    public bool IsUnifiedIdeograph(int cp)
    {
        foreach (var (first, last) in Ideographs)
        {
            if (cp >= first && cp <= last) return true;
        }
        return false;
    }

    public static UcnTables Load()
    {
        using var r = UcdReader.Open("ucd-names.bin", "PYUCN1");
        int count = r.Read7BitEncodedInt();
        var codes = new int[count];
        var names = new string[count];
        var lookup = new Dictionary<string, int>(count + 1000, StringComparer.Ordinal);
        int cp = 0;
        string previous = "";
        for (int i = 0; i < count; i++)
        {
            cp += r.Read7BitEncodedInt();
            int common = r.Read7BitEncodedInt();
            string name = string.Concat(previous.AsSpan(0, common), r.ReadString());
            codes[i] = cp;
            names[i] = name;
            lookup[name] = cp;
            previous = name;
        }
        var leads = UcdReader.ReadStrings(r);
        var vowels = UcdReader.ReadStrings(r);
        var trails = UcdReader.ReadStrings(r);
        var ideographs = new (int, int)[r.Read7BitEncodedInt()];
        for (int i = 0; i < ideographs.Length; i++) ideographs[i] = (r.Read7BitEncodedInt(), r.Read7BitEncodedInt());
        var aliasNames = new string[r.Read7BitEncodedInt()];
        for (int i = 0; i < aliasNames.Length; i++)
        {
            aliasNames[i] = r.ReadString();
            lookup[aliasNames[i]] = r.Read7BitEncodedInt();
        }
        var sequences = new string[r.Read7BitEncodedInt()];
        var sequenceNames = new string[sequences.Length];
        for (int i = 0; i < sequences.Length; i++)
        {
            sequenceNames[i] = r.ReadString();
            sequences[i] = r.ReadString();
            lookup[sequenceNames[i]] = -i - 1;
        }
        return new UcnTables
        {
            Codes = codes, Names = names, Leads = leads, Vowels = vowels, Trails = trails, Ideographs = ideographs,
            Sequences = sequences, AliasNames = aliasNames, SequenceNames = sequenceNames, Lookup = lookup,
        };
    }
}
