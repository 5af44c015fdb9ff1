namespace PyHeap.Runtime.Tests.Conformance;

/// <summary>Finds the conformance programs under tests/conformance and the list of known failures.</summary>
public static class ConformanceCorpus
{
    public static string Root { get; } = FindRoot();

    /// <summary>Program paths relative to the corpus root, with '/' separators.</summary>
    public static IEnumerable<string> Programs() =>
        Directory.EnumerateFiles(Root, "*.py", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(Root, p).Replace('\\', '/'))
            .Where(p => File.Exists(Path.Combine(Root, Path.ChangeExtension(p, ".out"))))
            .OrderBy(p => p, StringComparer.Ordinal);

    /// <summary>Programs we know PyHeap does not match yet, each with its reason (known-failures.txt).</summary>
    public static IReadOnlyDictionary<string, string> KnownFailures { get; } = LoadKnownFailures();

    private static Dictionary<string, string> LoadKnownFailures()
    {
        var path = Path.Combine(Root, "known-failures.txt");
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(path)) return result;
        foreach (var raw in File.ReadAllLines(path))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var split = line.IndexOf(' ');
            result[split < 0 ? line : line[..split]] = split < 0 ? "" : line[(split + 1)..].Trim();
        }
        return result;
    }

    private static string FindRoot([System.Runtime.CompilerServices.CallerFilePath] string sourceFile = "")
    {
        // Found from this source file, so builds with --artifacts-path elsewhere still find the corpus.
        for (var dir = new DirectoryInfo(Path.GetDirectoryName(sourceFile)!); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Kernel.sln"))) return Path.Combine(dir.FullName, "tests", "conformance");
        }
        throw new InvalidOperationException("cannot find Kernel.sln above " + sourceFile);
    }
}
