using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Tests.Conformance;

/// <summary>Runs one conformance program in-process as <c>python3 NAME.py</c> would, from its own folder.</summary>
public sealed record ConformanceRun(string Stdout, string Stderr, int ExitCode, string Audit, bool AuditOk)
{
    private const int MaxCallbackAudits = 100;

    public static ConformanceRun Execute(string relativePath)
    {
        var full = Path.Combine(ConformanceCorpus.Root, relativePath);
        var source = File.ReadAllText(full);
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var interp = new Interpreter(new InterpreterOptions { TrackLiveObjects = true })
        {
            Stdout = stdout,
            Stderr = stderr,
        };
        // The audit also runs each time the runtime is about to run a finalizer or a callback (the first ones).
        var insideProblems = new List<string>();
        var checkpoints = 0;
        interp.BeforeCallback = () =>
        {
            if (checkpoints++ >= MaxCallbackAudits || insideProblems.Count > 0) return;
            var inside = Diagnostics.HeapAudit.Run(interp);
            if (!inside.Ok) insideProblems.Add($"inside callback #{checkpoints}: {inside}");
        };
        var result = interp.Execute(source, Path.GetFileName(full), interactive: false, TimeSpan.FromSeconds(30));
        interp.FinalizeMain();
        var audit = interp.Audit();
        var auditText = string.Join("\n", insideProblems.Append(audit.ToString()));
        return new ConformanceRun(stdout.ToString(), stderr.ToString(), result.ExitCode ?? (result.Ok ? 0 : 1), auditText, audit.Ok && insideProblems.Count == 0);
    }

    /// <summary>Compares with the recorded CPython output; null when everything matches.</summary>
    public string? Mismatch(string relativePath)
    {
        var basePath = Path.Combine(ConformanceCorpus.Root, Path.ChangeExtension(relativePath, null));
        var expectedOut = File.ReadAllText(basePath + ".out");
        var errPath = basePath + ".err";
        var codePath = basePath + ".exitcode";
        var expectedCode = File.Exists(codePath) ? int.Parse(File.ReadAllText(codePath).Trim(), System.Globalization.CultureInfo.InvariantCulture) : 0;
        var problems = new List<string>();
        if (Stdout != expectedOut) problems.Add(Diff("stdout", expectedOut, Stdout));
        if (File.Exists(errPath))
        {
            var expectedErr = File.ReadAllText(errPath);
            if (Stderr != expectedErr) problems.Add(Diff("stderr", expectedErr, Stderr));
        }
        else if (Stderr.Length > 0 && expectedCode == 0)
        {
            problems.Add("unexpected stderr:\n" + Stderr);
        }
        if (ExitCode != expectedCode) problems.Add($"exit code {ExitCode}, expected {expectedCode}\n{Stderr}");
        if (!AuditOk) problems.Add(Audit);
        return problems.Count == 0 ? null : string.Join("\n", problems);
    }

    private static string Diff(string what, string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var el = i < e.Length ? e[i] : "<missing>";
            var al = i < a.Length ? a[i] : "<missing>";
            if (el != al) return $"{what} differs at line {i + 1}:\n  expected: {el}\n  actual:   {al}";
        }
        return $"{what} differs";
    }
}
