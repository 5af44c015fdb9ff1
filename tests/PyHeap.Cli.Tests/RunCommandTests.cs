namespace PyHeap.Cli.Tests;

/// <summary><c>pyheap run</c> as a process prints what python3 printed for the same programs.</summary>
public class RunCommandTests
{
    private static readonly string Corpus = Path.Combine(PyheapProcess.RepoRoot, "tests", "conformance");

    /// <summary>A handful of corpus programs, one per kind of output (stdout, traceback + exit status).</summary>
    public static IEnumerable<object[]> Samples() =>
        Directory.Exists(Corpus)
            ? Directory.EnumerateDirectories(Corpus).OrderBy(d => d, StringComparer.Ordinal)
                .Select(d => Directory.EnumerateFiles(d, "*.py").OrderBy(f => f, StringComparer.Ordinal).FirstOrDefault())
                .Where(f => f is not null && File.Exists(Path.ChangeExtension(f, ".out")) && !IsKnownFailure(f))
                .Take(8)
                .Select(f => new object[] { Path.GetRelativePath(Corpus, f!).Replace('\\', '/') })
            : [];

    private static bool IsKnownFailure(string? file)
    {
        var list = Path.Combine(Corpus, "known-failures.txt");
        if (file is null || !File.Exists(list)) return false;
        var rel = Path.GetRelativePath(Corpus, file).Replace('\\', '/');
        return File.ReadAllLines(list).Any(l => l.Trim().StartsWith(rel + " ", StringComparison.Ordinal) || l.Trim() == rel);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Run_prints_what_cpython_printed(string program)
    {
        var full = Path.Combine(Corpus, program);
        var dir = Path.GetDirectoryName(full)!;
        var (stdout, stderr, code) = PyheapProcess.Run(dir, "run", Path.GetFileName(full));
        Assert.Equal(File.ReadAllText(Path.ChangeExtension(full, ".out")), stdout);
        var err = Path.ChangeExtension(full, ".err");
        // Like CPython, pyheap names the main script by its absolute path; recorded .err files have it stripped.
        if (File.Exists(err)) Assert.Equal(File.ReadAllText(err), stderr.Replace(dir + "/", ""));
        var exit = Path.ChangeExtension(full, ".exitcode");
        Assert.Equal(File.Exists(exit) ? int.Parse(File.ReadAllText(exit).Trim(), System.Globalization.CultureInfo.InvariantCulture) : 0, code);
    }

    [Fact]
    public void Uncaught_exception_prints_a_traceback_and_exits_with_status_1()
    {
        var dir = Directory.CreateTempSubdirectory("pyheap-run").FullName;
        File.WriteAllText(Path.Combine(dir, "prog.py"), "def f():\n    raise ValueError('x')\n\nf()\n");
        var (stdout, stderr, code) = PyheapProcess.Run(dir, "run", "prog.py");
        Assert.Equal("", stdout);
        Assert.Equal(1, code);
        var file = Path.Combine(dir, "prog.py");
        Assert.Equal(
            "Traceback (most recent call last):\n" +
            $"  File \"{file}\", line 4, in <module>\n" +
            "    f()\n" +
            $"  File \"{file}\", line 2, in f\n" +
            "    raise ValueError('x')\n" +
            "ValueError: x\n", stderr);
    }

    [Fact]
    public void Dash_c_runs_the_given_code()
    {
        var (stdout, _, code) = PyheapProcess.Run(PyheapProcess.RepoRoot, "run", "-c", "import sys\nx = []\nprint(sys.getrefcount(x))");
        Assert.Equal("2\n", stdout);
        Assert.Equal(0, code);
    }
}
