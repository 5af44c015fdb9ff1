namespace PyHeap.Runtime.Threading;

/// <summary>
/// The per-interpreter record of GIL hand-overs (a ring buffer of <see cref="Capacity"/> events; the oldest are
/// dropped and counted in <see cref="Dropped"/>). Views read <see cref="Snapshot"/>, never the live buffer.
/// </summary>
public sealed class GilTimeline
{
    private readonly GilEvent[] buffer;
    private long next;

    public GilTimeline(int capacity = 20_000)
    {
        buffer = new GilEvent[capacity];
        Capacity = capacity;
    }

    public int Capacity { get; }

    /// <summary>Events lost because the buffer was full.</summary>
    public long Dropped => Math.Max(0, next - Capacity);

    /// <summary>Every event ever recorded (including dropped ones).</summary>
    public long Recorded => next;

    /// <summary>Hand-overs of the GIL from one thread to another (gil->switch_number).</summary>
    public long Switches { get; private set; }

    /// <summary>Receives each event as it is recorded (the event stream); null costs one branch.</summary>
    public Action<GilEvent>? Observer { get; set; }

    internal void Add(GilEvent e)
    {
        if (e.Kind == GilEventKind.ThreadSwitched) Switches++;
        buffer[next % Capacity] = e;
        next++;
        Observer?.Invoke(e);
    }

    /// <summary>The recorded events, oldest first (a copy).</summary>
    public GilEvent[] Snapshot()
    {
        var count = (int)Math.Min(next, Capacity);
        var result = new GilEvent[count];
        var start = next - count;
        for (var i = 0; i < count; i++) result[i] = buffer[(start + i) % Capacity];
        return result;
    }

    /// <summary>Forgets everything (a new cell may ask for a fresh timeline).</summary>
    public void Clear()
    {
        next = 0;
        Switches = 0;
    }
}
