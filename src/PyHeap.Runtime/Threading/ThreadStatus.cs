namespace PyHeap.Runtime.Threading;

/// <summary>Where a simulated thread is with respect to the GIL and the (simulated) OS scheduler.</summary>
public enum ThreadStatus : byte
{
    /// <summary>Holds the GIL and executes bytecode.</summary>
    Running,

    /// <summary>Runnable, waiting in take_gil for the holder to drop the GIL.</summary>
    Ready,

    /// <summary>Released the GIL in a blocking call (lock wait, sleep, join, queue get) and waits for it to end.</summary>
    Blocked,

    /// <summary>Its bootstrap function returned; the thread state is gone.</summary>
    Finished,
}
