namespace PyHeap.Language.Tests.Parsing;

using System.Runtime.CompilerServices;

/// <summary>Reads the snippet corpora in Data/ (snippets separated by "@@@@" lines) and their expected outputs,
/// which Data/generate.py produces with CPython 3.11.</summary>
public static class Corpus
{
    private const string Separator = "@@@@";

    public static string DataDirectory([CallerFilePath] string path = "") => Path.Combine(Path.GetDirectoryName(path)!, "Data");

    public static IReadOnlyList<string> Snippets(string name)
    {
        var text = File.ReadAllText(Path.Combine(DataDirectory(), name)).Replace("\r\n", "\n");
        var chunks = new List<string>();
        var current = new List<string>();
        foreach (var line in text.Split('\n'))
        {
            if (line == Separator)
            {
                chunks.Add(string.Join("\n", current));
                current.Clear();
            }
            else
            {
                current.Add(line);
            }
        }
        if (current.Any(l => l.Length > 0)) chunks.Add(string.Join("\n", current));
        return chunks;
    }

    public static IReadOnlyList<string> Expected(string name) =>
        File.ReadAllText(Path.Combine(DataDirectory(), name)).Replace("\r\n", "\n").TrimEnd('\n').Split('\n');
}
