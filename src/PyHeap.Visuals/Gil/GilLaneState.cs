namespace PyHeap.Visuals.Gil;

/// <summary>What a thread's lane shows at a moment of simulated time.</summary>
public enum GilLaneState : byte
{
    /// <summary>Holds the GIL and executes bytecode.</summary>
    Running,

    /// <summary>Runnable, waiting in take_gil for the holder to drop the GIL.</summary>
    Waiting,

    /// <summary>In a blocking call with the GIL released (sleep, lock, join, queue).</summary>
    Blocked,

    /// <summary>Its thread state is gone.</summary>
    Finished,
}
