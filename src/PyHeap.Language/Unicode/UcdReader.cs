namespace PyHeap.Language.Unicode;

using System.IO.Compression;
using System.Reflection;

/// <summary>Opens the zlib-compressed embedded resources written by scripts/gen-unicode-data.py.</summary>
internal static class UcdReader
{
    public static BinaryReader Open(string resource, string magic)
    {
        var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("PyHeap.Language.Unicode.Data." + resource)
            ?? throw new InvalidOperationException($"embedded Unicode resource {resource} is missing");
        var buffer = new MemoryStream();
        using (var inflate = new ZLibStream(stream, CompressionMode.Decompress))
        {
            inflate.CopyTo(buffer);
        }
        buffer.Position = 0;
        var reader = new BinaryReader(buffer);
        if (new string(reader.ReadChars(magic.Length)) != magic)
        {
            throw new InvalidDataException($"{resource} is not a {magic} file");
        }
        return reader;
    }

    public static string[] ReadStrings(BinaryReader r)
    {
        var result = new string[r.Read7BitEncodedInt()];
        for (int i = 0; i < result.Length; i++) result[i] = r.ReadString();
        return result;
    }

    public static int ReadSigned(BinaryReader r)
    {
        int zigzag = r.Read7BitEncodedInt();
        return (zigzag >> 1) ^ -(zigzag & 1);
    }
}
