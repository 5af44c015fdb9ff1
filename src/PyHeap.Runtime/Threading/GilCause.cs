namespace PyHeap.Runtime.Threading;

/// <summary>Why the GIL changed hands (what a timeline marks on each hand-over).</summary>
public enum GilCause : byte
{
    None,

    /// <summary>A waiting thread's switch interval expired: it set gil_drop_request and the holder dropped the GIL at its eval breaker.</summary>
    IntervalExpired,

    /// <summary>The holder entered a blocking call (Py_BEGIN_ALLOW_THREADS: sleep, lock wait, join, queue wait).</summary>
    BlockingCall,

    /// <summary>The holder's thread finished.</summary>
    ThreadEnd,

    /// <summary>A thread was created and is waiting for the GIL for the first time.</summary>
    ThreadStart,

    /// <summary>A blocked thread's wait ended because what it waited for happened (a lock was released).</summary>
    Woken,

    /// <summary>A blocked thread's timeout (or sleep) elapsed.</summary>
    Timeout,

    /// <summary>No GIL: the thread was preempted between the add and the store of a refcount update (pyheap.set_gil(False)).</summary>
    Preempted,

    /// <summary>No GIL: the running thread's time slice (a few instructions, seeded) ended and the OS ran another.</summary>
    TimeSlice,
}
