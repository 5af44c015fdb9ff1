using System.Text.Json.Nodes;

namespace PyHeap.Hosts.Jupyter;

/// <summary>
/// Pairs an <c>input()</c> waiting on the interpreter thread with the input_reply that arrives on the stdin
/// socket's thread. Only one input can be pending (a cell runs on one thread); a reply that arrives when none
/// is pending is stale (its input was interrupted) and is dropped, as ipykernel flushes stdin before asking.
/// </summary>
internal sealed class InputBroker
{
    private readonly object _gate = new();
    private TaskCompletionSource<string>? _pending;

    /// <summary>
    /// Runs <paramref name="send"/> (which sends input_request) and waits for the reply's value; null when
    /// <paramref name="cancel"/> fires first.
    /// </summary>
    public string? Ask(Action send, CancellationToken cancel)
    {
        var pending = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate) _pending = pending;
        try
        {
            send();
            pending.Task.Wait(cancel);
            return pending.Task.Result;
        }
        catch (OperationCanceledException)
        {
            return null;
        }
        finally
        {
            lock (_gate)
            {
                if (_pending == pending) _pending = null;
            }
        }
    }

    /// <summary>Called on the socket thread with every verified stdin message.</summary>
    public void Deliver(JupyterMessage message)
    {
        if (message.MsgType != "input_reply")
        {
            KernelLog.Info($"stdin: ignoring {message.MsgType}");
            return;
        }
        var value = message.Content["value"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : "";
        TaskCompletionSource<string>? pending;
        lock (_gate)
        {
            pending = _pending;
            _pending = null;
        }
        if (pending is null) KernelLog.Info("stdin: input_reply with no input pending, dropped");
        else pending.TrySetResult(value);
    }
}
