using System.Runtime.CompilerServices;
using System.Text.Json;

namespace PyHeap.Runtime.Tests.Numerics;

/// <summary>Loads the python-generated expectation files that sit next to the tests (no csproj copy step needed).</summary>
internal static class TestData
{
    public static string Dir([CallerFilePath] string callerFile = "") => Path.Combine(Path.GetDirectoryName(callerFile)!, "Data");

    public static IEnumerable<JsonElement> Lines(string dir, string fileName)
    {
        foreach (string line in File.ReadLines(Path.Combine(dir, fileName)))
        {
            if (line.Length == 0)
            {
                continue;
            }

            using JsonDocument doc = JsonDocument.Parse(line);
            yield return doc.RootElement.Clone();
        }
    }

    public static string CodePoints(JsonElement array)
    {
        var sb = new System.Text.StringBuilder();
        foreach (JsonElement cp in array.EnumerateArray())
        {
            int v = cp.GetInt32();
            if (v >= 0x10000)
            {
                sb.Append(char.ConvertFromUtf32(v));
            }
            else
            {
                sb.Append((char)v);
            }
        }

        return sb.ToString();
    }

    public static double Double(string hexLittleEndian) => BitConverter.ToDouble(Convert.FromHexString(hexLittleEndian));
}
