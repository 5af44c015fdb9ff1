using NetMQ;
using NetMQ.Sockets;

namespace PyHeap.Hosts.Jupyter;

/// <summary>
/// Owns the shell, control and stdin ROUTER sockets and the iopub PUB socket. NetMQ sockets are not
/// thread-safe, so one poller thread does every receive and every send: other threads hand it finished
/// messages through a <see cref="NetMQQueue{T}"/>, which keeps them in the order they were enqueued
/// (so stream output, results and status messages reach the client in the order the kernel made them).
/// </summary>
internal sealed class KernelSockets : IDisposable
{
    /// <summary>A message to send, or (Message null) a marker that tells whoever waits that all before it went out.</summary>
    private sealed record Outgoing(Channel Channel, NetMQMessage? Message, ManualResetEventSlim? Flushed);

    private readonly RouterSocket _shell = new();
    private readonly RouterSocket _control = new();
    private readonly RouterSocket _stdin = new();
    private readonly PublisherSocket _iopub = new();
    private readonly NetMQQueue<Outgoing> _outgoing = new();
    private readonly NetMQPoller _poller;
    private readonly Action<Channel, List<byte[]>> _received;

    public KernelSockets(ConnectionInfo connection, Action<Channel, List<byte[]>> received)
    {
        _received = received;
        foreach (var socket in new NetMQSocket[] { _shell, _control, _stdin, _iopub })
        {
            // Replies queued at shutdown get a moment to leave instead of being dropped with the socket.
            socket.Options.Linger = TimeSpan.FromSeconds(1);
        }
        _shell.Bind(connection.Endpoint(connection.ShellPort));
        _control.Bind(connection.Endpoint(connection.ControlPort));
        _stdin.Bind(connection.Endpoint(connection.StdinPort));
        _iopub.Bind(connection.Endpoint(connection.IopubPort));
        _shell.ReceiveReady += (_, e) => Drain(Channel.Shell, e.Socket);
        _control.ReceiveReady += (_, e) => Drain(Channel.Control, e.Socket);
        _stdin.ReceiveReady += (_, e) => Drain(Channel.Stdin, e.Socket);
        _outgoing.ReceiveReady += (_, e) => SendQueued(e.Queue);
        _poller = new NetMQPoller { _shell, _control, _stdin, _iopub, _outgoing };
    }

    public void Start() => _poller.RunAsync("pyheap-sockets", isBackgroundThread: true);

    /// <summary>Queues a message for the poller thread to send; callable from any thread.</summary>
    public void Send(Channel channel, NetMQMessage message) => _outgoing.Enqueue(new Outgoing(channel, message, null));

    /// <summary>Waits until everything queued before this call has been handed to the sockets.</summary>
    public bool Flush(TimeSpan timeout)
    {
        using var flushed = new ManualResetEventSlim();
        _outgoing.Enqueue(new Outgoing(Channel.IOPub, null, flushed));
        return flushed.Wait(timeout);
    }

    private void Drain(Channel channel, NetMQSocket socket)
    {
        var message = new NetMQMessage();
        while (socket.TryReceiveMultipartMessage(ref message))
        {
            var frames = new List<byte[]>(message.FrameCount);
            foreach (var frame in message) frames.Add(frame.ToByteArray());
            try
            {
                _received(channel, frames);
            }
            catch (Exception e)
            {
                // The poller thread is the kernel's only I/O thread: nothing a message does may stop it.
                KernelLog.Error($"{channel}: handling a received message failed: {e}");
            }
            message = new NetMQMessage();
        }
    }

    private void SendQueued(NetMQQueue<Outgoing> queue)
    {
        while (queue.TryDequeue(out var item, TimeSpan.Zero))
        {
            if (item.Message is null)
            {
                item.Flushed?.Set();
                continue;
            }
            try
            {
                var socket = item.Channel switch
                {
                    Channel.Shell => (NetMQSocket)_shell,
                    Channel.Control => _control,
                    Channel.Stdin => _stdin,
                    _ => _iopub,
                };
                // A ROUTER drops a message for an identity that went away; a PUB drops when nobody listens.
                // Neither blocks, so the poller thread never waits on a slow client.
                if (!socket.TrySendMultipartMessage(item.Message)) KernelLog.Error($"{item.Channel}: a message could not be sent (high-water mark reached)");
            }
            catch (Exception e)
            {
                KernelLog.Error($"{item.Channel}: send failed: {e.Message}");
            }
        }
    }

    public void Dispose()
    {
        try
        {
            if (_poller.IsRunning) _poller.Stop();
        }
        catch (Exception e)
        {
            KernelLog.Error($"stopping the socket poller: {e.Message}");
        }
        _poller.Dispose();
        _outgoing.Dispose();
        _shell.Dispose();
        _control.Dispose();
        _stdin.Dispose();
        _iopub.Dispose();
    }
}
