namespace PyHeap.Kernel;

/// <summary>
/// Where the running cell's output goes: its stdout and stderr streams and the frontend displays go to. One
/// gate orders them, so a display never overtakes text printed before it; a timer sends text that waits.
/// </summary>
internal sealed class CellOutput : IDisposable
{
    private readonly Timer timer;

    public CellOutput()
    {
        Stdout = new OutputStream("stdout", this);
        Stderr = new OutputStream("stderr", this);
        timer = new Timer(_ => FlushAll(), null, 100, 100);
    }

    public object Gate { get; } = new();
    public OutputStream Stdout { get; }
    public OutputStream Stderr { get; }

    /// <summary>The frontend of the request being run, or null between requests (output is then dropped).</summary>
    public IKernelFrontend? Frontend { get; set; }

    public void FlushAll()
    {
        lock (Gate)
        {
            Stdout.Send();
            Stderr.Send();
        }
    }

    public void Display(DisplayBundle bundle, bool update)
    {
        lock (Gate)
        {
            Stdout.Send();
            Stderr.Send();
            Frontend?.DisplayData(bundle, update);
        }
    }

    public void Clear(bool wait)
    {
        lock (Gate)
        {
            Stdout.Send();
            Stderr.Send();
            Frontend?.ClearOutput(wait);
        }
    }

    public void Dispose() => timer.Dispose();
}
