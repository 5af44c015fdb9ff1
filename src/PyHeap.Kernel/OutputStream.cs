using System.Diagnostics;
using System.Text;

namespace PyHeap.Kernel;

/// <summary>
/// sys.stdout / sys.stderr of a cell: text is sent to the client while the cell runs, in chunks — at a line
/// end once <see cref="Interval"/> has passed since the last chunk, on flush, and from a timer, so a print
/// before a long loop shows at once (ipykernel's OutStream does the same with its 0.2 s flush interval).
/// </summary>
internal sealed class OutputStream(string name, CellOutput owner) : TextWriter
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(50);
    private readonly StringBuilder pending = new();
    private long lastSent = Stopwatch.GetTimestamp();

    public override Encoding Encoding => Encoding.UTF8;

    public string Name => name;

    public override void Write(char value)
    {
        lock (owner.Gate)
        {
            pending.Append(value);
            if (value == '\n') SendIfDue();
        }
    }

    public override void Write(string? value)
    {
        if (string.IsNullOrEmpty(value)) return;
        lock (owner.Gate)
        {
            pending.Append(value);
            if (value.Contains('\n')) SendIfDue();
        }
    }

    public override void Flush()
    {
        lock (owner.Gate) Send();
    }

    private void SendIfDue()
    {
        if (Stopwatch.GetElapsedTime(lastSent) >= Interval) Send();
    }

    /// <summary>Sends what is pending (the caller holds the gate).</summary>
    internal void Send()
    {
        if (pending.Length == 0) return;
        var text = pending.ToString();
        pending.Clear();
        lastSent = Stopwatch.GetTimestamp();
        owner.Frontend?.Stream(name, text);
    }
}
