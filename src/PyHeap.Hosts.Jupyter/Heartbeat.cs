using NetMQ;
using NetMQ.Sockets;

namespace PyHeap.Hosts.Jupyter;

/// <summary>
/// The heartbeat channel: a REP socket that sends back whatever it receives. It has its own poller thread, as
/// ipykernel's Heartbeat has its own thread, so a client sees the kernel alive even while a cell runs or the
/// main poller is busy.
/// </summary>
internal sealed class Heartbeat : IDisposable
{
    private readonly ResponseSocket _socket = new();
    private readonly NetMQPoller _poller;

    public Heartbeat(ConnectionInfo connection)
    {
        _socket.Options.Linger = TimeSpan.Zero;
        _socket.Bind(connection.Endpoint(connection.HeartbeatPort));
        _socket.ReceiveReady += (_, e) =>
        {
            var message = new NetMQMessage();
            while (e.Socket.TryReceiveMultipartMessage(ref message))
            {
                e.Socket.TrySendMultipartMessage(message);
                message = new NetMQMessage();
            }
        };
        _poller = new NetMQPoller { _socket };
    }

    public void Start() => _poller.RunAsync("pyheap-heartbeat", isBackgroundThread: true);

    public void Dispose()
    {
        try
        {
            if (_poller.IsRunning) _poller.Stop();
        }
        catch (Exception e)
        {
            KernelLog.Error($"stopping the heartbeat: {e.Message}");
        }
        _poller.Dispose();
        _socket.Dispose();
    }
}
