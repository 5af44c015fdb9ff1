namespace PyHeap.Runtime.Threading;

/// <summary>
/// Thrown (never seen by Python code) to unwind a thread's host stack back to the scheduler that runs it, once the
/// thread has handed the GIL over. All of the thread's state lives in its frames, so nothing is lost; with
/// <see cref="Retry"/> the interrupted instruction (the blocking call) runs again when the thread is resumed.
/// Only thrown when nothing but the instruction loop sits between the scheduler and the throw.
/// </summary>
public sealed class ThreadSwitchSignal(bool retry) : Exception("thread switch")
{
    public bool Retry { get; } = retry;
}
