namespace PyHeap.Hosts.Jupyter;

/// <summary>What a channel's worker does after a request: go on, abort the queued cells (stop_on_error), or shut down.</summary>
internal enum RequestOutcome
{
    Continue,
    AbortQueued,
    Shutdown,
}
