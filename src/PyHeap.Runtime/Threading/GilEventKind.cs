namespace PyHeap.Runtime.Threading;

/// <summary>What a <see cref="GilEvent"/> records.</summary>
public enum GilEventKind : byte
{
    /// <summary>take_gil returned: the thread holds the GIL.</summary>
    GilAcquired,

    /// <summary>drop_gil: the thread released the GIL.</summary>
    GilReleased,

    /// <summary>The running thread changed (OtherThreadId = the thread that ran before).</summary>
    ThreadSwitched,

    /// <summary>A waiting thread asked the holder to drop the GIL (SET_GIL_DROP_REQUEST).</summary>
    DropRequested,

    /// <summary>A thread became runnable (created, woken or timed out) and now waits for the GIL.</summary>
    ThreadReady,

    /// <summary>A thread blocked (it released the GIL in a blocking call).</summary>
    ThreadBlocked,

    /// <summary>A thread finished.</summary>
    ThreadFinished,

    /// <summary>No thread could run: the clock jumped to the next deadline (TimeNs = when the idle period began, OtherThreadId = its length in ns).</summary>
    Idle,
}
