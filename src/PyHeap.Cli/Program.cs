using System.CommandLine;

namespace PyHeap.Cli;

/// <summary>The <c>pyheap</c> command: run Python programs on the simulated heap, or serve notebooks as a Jupyter kernel.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        var root = new RootCommand("PyHeap: Python on a simulated CPython 3.11 heap");
        root.Subcommands.Add(RunCommand.Create());
        root.Subcommands.Add(JupyterCommand.Create());
        root.Subcommands.Add(InstallCommand.Create());
        foreach (var option in root.Options)
        {
            if (option is VersionOption version) version.Action = new VersionAction();
        }
        return root.Parse(args).Invoke();
    }
}
