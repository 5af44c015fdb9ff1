using System.CommandLine;

namespace PyHeap.Cli;

/// <summary>The <c>pyheap</c> command: run Python programs on the simulated heap (kernel hosts arrive later).</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        var root = new RootCommand("PyHeap: Python on a simulated CPython 3.11 heap");
        root.Subcommands.Add(RunCommand.Create());
        return root.Parse(args).Invoke();
    }
}
