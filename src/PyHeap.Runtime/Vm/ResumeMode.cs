namespace PyHeap.Runtime.Vm;

/// <summary>How a frame continues when a frame it started (a call, or a generator it resumed) hands back a value.</summary>
internal enum ResumeMode : byte
{
    /// <summary>A call: push the returned value.</summary>
    PushResult,

    /// <summary>FOR_ITER resumed a generator: a yield pushes the value; a return ends the loop (jump to the target).</summary>
    ForIter,

    /// <summary>SEND resumed a generator (yield from): a yield pushes the value; a return replaces the receiver and jumps.</summary>
    Send,

    /// <summary>A class call ran <c>__init__</c>: the result must be None; the instance below it stays as the call's value.</summary>
    Init,

    /// <summary>
    /// CALL_FUNCTION_EX ran a Python function as a frame of this loop: on return, release the call's stack entries
    /// (PendingTarget of them: NULL, callable, args tuple, kwargs dict) and push the result.
    /// </summary>
    CallFunctionEx,
}
