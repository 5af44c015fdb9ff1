using System.Diagnostics;

namespace PyHeap.Cli.Tests;

/// <summary>Runs the built <c>pyheap</c> command as a separate process.</summary>
public static class PyheapProcess
{
    public static string RepoRoot { get; } = FindRoot();

    public static (string Stdout, string Stderr, int ExitCode) Run(string workingDirectory, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "pyheap.dll");
        var psi = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(dll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var process = Process.Start(psi)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("pyheap did not finish in 120 s");
        }
        return (stdout.Result, stderr.Result, process.ExitCode);
    }

    private static string FindRoot([System.Runtime.CompilerServices.CallerFilePath] string sourceFile = "")
    {
        for (var dir = new DirectoryInfo(Path.GetDirectoryName(sourceFile)!); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Kernel.sln"))) return dir.FullName;
        throw new InvalidOperationException("cannot find Kernel.sln");
    }
}
