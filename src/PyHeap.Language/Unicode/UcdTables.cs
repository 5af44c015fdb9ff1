namespace PyHeap.Language.Unicode;

/// <summary>The loaded property tables: records, the two-level index (as makeunicodedata.py builds it),
/// decompositions and the canonical pairs NFC must not recompose.</summary>
internal sealed class UcdTables
{
    public required string Version { get; init; }
    public required string[] Categories { get; init; }
    public required string[] Bidirectionals { get; init; }
    public required string[] EastAsianWidths { get; init; }
    public required double[] Numerics { get; init; }
    public required string[] SpecialMappings { get; init; }
    public required UcdRecord[] Records { get; init; }
    public required int Shift { get; init; }
    public required ushort[] Index1 { get; init; }
    public required ushort[] Index2 { get; init; }
    public required Dictionary<int, string> Decompositions { get; init; }
    public required HashSet<int> CompositionExclusions { get; init; }

    public UcdRecord this[int cp]
    {
        get
        {
            if ((uint)cp >= 0x110000) return Records[0];
            int block = Index1[cp >> Shift];
            return Records[Index2[(block << Shift) + (cp & ((1 << Shift) - 1))]];
        }
    }

    public static UcdTables Load()
    {
        using var r = UcdReader.Open("ucd-properties.bin", "PYUCD1");
        string version = r.ReadString();
        var categories = UcdReader.ReadStrings(r);
        var bidis = UcdReader.ReadStrings(r);
        var widths = UcdReader.ReadStrings(r);
        var numerics = new double[r.Read7BitEncodedInt()];
        for (int i = 0; i < numerics.Length; i++) numerics[i] = r.ReadDouble();
        var special = UcdReader.ReadStrings(r);
        var records = new UcdRecord[r.Read7BitEncodedInt()];
        for (int i = 0; i < records.Length; i++)
        {
            records[i] = new UcdRecord((UcdFlags)r.ReadUInt32(), r.ReadByte(), r.ReadByte(), r.ReadByte(), r.ReadByte(),
                r.ReadSByte(), r.ReadSByte(), r.ReadUInt16(),
                UcdReader.ReadSigned(r), UcdReader.ReadSigned(r), UcdReader.ReadSigned(r), UcdReader.ReadSigned(r));
        }
        int shift = r.ReadByte();
        var index1 = ReadUShorts(r);
        var index2 = ReadUShorts(r);
        var decompositions = new Dictionary<int, string>();
        int count = r.Read7BitEncodedInt(), cp = 0;
        for (int i = 0; i < count; i++)
        {
            cp += r.Read7BitEncodedInt();
            decompositions[cp] = r.ReadString();
        }
        var excluded = new HashSet<int>();
        count = r.Read7BitEncodedInt();
        for (int i = 0; i < count; i++) excluded.Add(r.Read7BitEncodedInt());
        return new UcdTables
        {
            Version = version, Categories = categories, Bidirectionals = bidis, EastAsianWidths = widths,
            Numerics = numerics, SpecialMappings = special, Records = records, Shift = shift, Index1 = index1,
            Index2 = index2, Decompositions = decompositions, CompositionExclusions = excluded,
        };
    }

    private static ushort[] ReadUShorts(BinaryReader r)
    {
        var result = new ushort[r.Read7BitEncodedInt()];
        for (int i = 0; i < result.Length; i++) result[i] = r.ReadUInt16();
        return result;
    }
}
