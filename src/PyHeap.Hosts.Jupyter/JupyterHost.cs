using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using NetMQ;
using PyHeap.Kernel;

namespace PyHeap.Hosts.Jupyter;

/// <summary>
/// A Jupyter kernel process (messaging protocol 5.3) around one <see cref="KernelSession"/>.
/// Threads: one socket thread does all ZeroMQ I/O (<see cref="KernelSockets"/>); the heartbeat has its own;
/// shell requests run in order on the shell worker (which calls Execute and so blocks while a cell runs);
/// control requests run on the control worker, so interrupt_request and shutdown_request are answered while a
/// cell is running.
/// </summary>
public sealed class JupyterHost
{
    /// <summary>
    /// How long after a failed cell's reply the shell worker keeps answering execute_requests with "aborted"
    /// (ipykernel's stop_on_error flush): long enough to catch the cells a front end's "run all" already sent.
    /// </summary>
    public static readonly TimeSpan AbortWindow = TimeSpan.FromMilliseconds(50);

    private readonly ConnectionInfo _connection;
    private readonly KernelSessionOptions? _options;
    private readonly BlockingCollection<JupyterMessage> _shellQueue = new();
    private readonly BlockingCollection<JupyterMessage> _controlQueue = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly ManualResetEventSlim _shutdown = new();

    public JupyterHost(ConnectionInfo connection, KernelSessionOptions? options = null)
    {
        _connection = connection;
        _options = options;
    }

    /// <summary>Runs the kernel until a shutdown_request (or SIGTERM); returns the process exit code.</summary>
    public int Run()
    {
        using var session = new KernelSession(_options);
        var codec = new WireCodec(new MessageSigner(_connection.Key, _connection.SignatureScheme));
        var input = new InputBroker();
        using var sockets = new KernelSockets(_connection, (channel, frames) => Received(codec, input, channel, frames));
        using var heartbeat = new Heartbeat(_connection);
        using var parent = new ParentWatcher(_shutdown.Set);
        var sender = new MessageSender(codec, sockets);
        var dispatcher = new RequestDispatcher(session, sender, input, _stopping.Token);

        // SIGINT interrupts the running cell instead of ending the process: a terminal's Ctrl-C, or a client
        // whose kernel spec says interrupt_mode "signal", must not kill the kernel. SIGTERM shuts down cleanly.
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, context =>
        {
            context.Cancel = true;
            Safely("interrupt (SIGINT)", session.Interrupt);
        });
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            _shutdown.Set();
        });

        // The shell worker runs the interpreter's caller side; a large stack leaves room for the parser and
        // compiler on deeply nested code.
        var shell = new Thread(() => Work(Channel.Shell, _shellQueue, dispatcher), 64 * 1024 * 1024) { IsBackground = true, Name = "pyheap-shell" };
        var control = new Thread(() => Work(Channel.Control, _controlQueue, dispatcher)) { IsBackground = true, Name = "pyheap-control" };
        shell.Start();
        control.Start();
        sockets.Start();
        heartbeat.Start();
        sender.Status(null, "starting");
        KernelLog.Info($"listening: shell {_connection.Endpoint(_connection.ShellPort)}, session {sender.SessionId}");

        _shutdown.Wait();
        KernelLog.Info("shutting down");
        _stopping.Cancel(); // a pending input() returns at once
        Safely("interrupt at shutdown", session.Interrupt); // a running cell stops at its next instruction
        _shellQueue.CompleteAdding();
        _controlQueue.CompleteAdding();
        if (!sockets.Flush(TimeSpan.FromSeconds(2))) KernelLog.Error("shutdown: outgoing messages not flushed in 2 s");
        // The replies are handed to the sockets; Linger on dispose gives them time to leave.
        return 0;
    }

    /// <summary>Runs on the socket thread: verify, decode and route one received message.</summary>
    private void Received(WireCodec codec, InputBroker input, Channel channel, List<byte[]> frames)
    {
        var message = codec.TryDecode(frames, out var error);
        if (message is null)
        {
            // Never executed: a message that fails verification is only logged.
            KernelLog.Error($"{channel}: dropped a message ({error})");
            return;
        }
        switch (channel)
        {
            case Channel.Shell when !_shellQueue.IsAddingCompleted:
                _shellQueue.Add(message);
                break;
            case Channel.Control when !_controlQueue.IsAddingCompleted:
                _controlQueue.Add(message);
                break;
            case Channel.Stdin:
                input.Deliver(message);
                break;
            default:
                KernelLog.Info($"{channel}: {message.MsgType} arrived during shutdown, dropped");
                break;
        }
    }

    /// <summary>A channel's worker: its requests are handled one at a time, in the order they arrived.</summary>
    private void Work(Channel channel, BlockingCollection<JupyterMessage> queue, RequestDispatcher dispatcher)
    {
        try
        {
            foreach (var request in queue.GetConsumingEnumerable(_stopping.Token))
            {
                var outcome = dispatcher.Handle(channel, request);
                if (outcome == RequestOutcome.AbortQueued) outcome = AbortQueued(channel, queue, dispatcher);
                if (outcome == RequestOutcome.Shutdown)
                {
                    _shutdown.Set();
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Shutting down.
        }
        catch (Exception e)
        {
            KernelLog.Error($"{channel} worker stopped: {e}");
            _shutdown.Set();
        }
    }

    /// <summary>
    /// stop_on_error: the execute_requests queued behind a failed cell, and those arriving within
    /// <see cref="AbortWindow"/>, are answered "aborted" without running; other requests are served as usual.
    /// </summary>
    private static RequestOutcome AbortQueued(Channel channel, BlockingCollection<JupyterMessage> queue, RequestDispatcher dispatcher)
    {
        var deadline = DateTime.UtcNow + AbortWindow;
        while (true)
        {
            var left = deadline - DateTime.UtcNow;
            if (!queue.TryTake(out var next, left > TimeSpan.Zero ? left : TimeSpan.Zero)) return RequestOutcome.Continue;
            if (next.MsgType == "execute_request")
            {
                dispatcher.Abort(channel, next);
                continue;
            }
            var outcome = dispatcher.Handle(channel, next);
            if (outcome == RequestOutcome.Shutdown) return outcome;
        }
    }

    private static void Safely(string what, Action action)
    {
        try
        {
            action();
        }
        catch (Exception e)
        {
            KernelLog.Error($"{what}: {e.Message}");
        }
    }

    /// <summary>Releases NetMQ's background threads once every socket is closed.</summary>
    public static void Cleanup() => NetMQConfig.Cleanup(block: false);
}
