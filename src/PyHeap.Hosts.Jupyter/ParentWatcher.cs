namespace PyHeap.Hosts.Jupyter;

/// <summary>
/// Ends the kernel when the client that started it is gone, as ipykernel's ParentPollerUnix does: jupyter_client
/// puts its pid in JPY_PARENT_PID, and a client that was killed never sends shutdown_request, so without this
/// its kernels would run (and hold memory and ports) for ever.
/// </summary>
internal sealed class ParentWatcher : IDisposable
{
    private readonly Timer? _timer;

    public ParentWatcher(Action parentGone)
    {
        if (!OperatingSystem.IsLinux() || !int.TryParse(Environment.GetEnvironmentVariable("JPY_PARENT_PID"), out var pid) || pid <= 1) return;
        var proc = $"/proc/{pid}";
        if (!Directory.Exists(proc)) return; // e.g. a pid from another pid namespace: nothing to watch
        _timer = new Timer(_ =>
        {
            if (Directory.Exists(proc)) return;
            KernelLog.Error($"the parent process {pid} is gone: shutting down");
            parentGone();
        }, null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
    }

    public void Dispose() => _timer?.Dispose();
}
