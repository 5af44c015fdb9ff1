namespace PyHeap.Hosts.Jupyter;

/// <summary>
/// The kernel's diagnostics go to stderr (stdout belongs to nobody: clients may show it). Informational lines are
/// written only with PYHEAP_KERNEL_LOG=1 so a normal notebook's terminal stays quiet; errors always are.
/// </summary>
public static class KernelLog
{
    private static readonly object Gate = new();

    public static bool Verbose { get; set; } = Environment.GetEnvironmentVariable("PYHEAP_KERNEL_LOG") == "1";

    public static void Info(string message)
    {
        if (Verbose) Write("info", message);
    }

    public static void Error(string message) => Write("error", message);

    private static void Write(string level, string message)
    {
        // Lines from the shell, control and socket threads must not interleave mid-line.
        lock (Gate) Console.Error.WriteLine($"[pyheap kernel {DateTime.Now:HH:mm:ss.fff} {level}] {message}");
    }
}
