using System.CommandLine;
using PyHeap.Hosts.Jupyter;
using PyHeap.Kernel;

namespace PyHeap.Cli;

/// <summary>
/// <c>pyheap jupyter --connection-file FILE</c> (or <c>-f FILE</c>, as ipykernel_launcher takes it): runs a Jupyter
/// kernel on the ports the client wrote into FILE, until the client sends shutdown_request.
/// </summary>
internal static class JupyterCommand
{
    public static Command Create()
    {
        var connectionFile = new Option<string>("--connection-file", "-f")
        {
            Description = "the connection file the Jupyter client wrote (ports, key, signature scheme)",
            Required = true,
        };
        var command = new Command("jupyter", "Run as a Jupyter kernel (messaging protocol 5.3)") { connectionFile };
        command.SetAction(parse => Run(parse.GetValue(connectionFile)!));
        return command;
    }

    private static int Run(string path)
    {
        ConnectionInfo connection;
        try
        {
            connection = ConnectionInfo.Load(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.Json.JsonException or FormatException)
        {
            Console.Error.WriteLine($"pyheap jupyter: cannot read the connection file '{path}': {e.Message}");
            return 2;
        }
        int code;
        try
        {
            code = new JupyterHost(connection, new KernelSessionOptions { HistoryFile = HistoryFile() }).Run();
        }
        catch (Exception e)
        {
            KernelLog.Error($"the kernel failed: {e}");
            code = 1;
        }
        JupyterHost.Cleanup();
        // End the process now even if the session left a foreground thread running (a cell that ignored the
        // interrupt): the client waits for the process to exit after shutdown_reply and kills it otherwise.
        Console.Out.Flush();
        Console.Error.Flush();
        Environment.Exit(code);
        return code;
    }

    /// <summary>
    /// The input history file: $PYHEAP_HISTORY_FILE (empty: keep history in memory only), else
    /// $XDG_DATA_HOME/pyheap/history.jsonl, else ~/.local/share/pyheap/history.jsonl.
    /// </summary>
    private static string? HistoryFile()
    {
        var given = Environment.GetEnvironmentVariable("PYHEAP_HISTORY_FILE");
        if (given is not null) return given.Length == 0 ? null : given;
        var data = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        if (string.IsNullOrEmpty(data))
        {
            var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            if (string.IsNullOrEmpty(home)) return null;
            data = Path.Combine(home, ".local", "share");
        }
        return Path.Combine(data, "pyheap", "history.jsonl");
    }
}
