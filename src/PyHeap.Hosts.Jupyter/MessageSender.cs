using System.Text;
using System.Text.Json.Nodes;

namespace PyHeap.Hosts.Jupyter;

/// <summary>
/// Makes outgoing messages: a fresh msg_id (uuid) and an ISO-8601 date in every header, this process's session
/// id, and the request's raw header as parent_header. Messages are encoded and signed on the calling thread,
/// then queued for the socket thread, so any thread (shell worker, control worker, the interpreter) may send.
/// </summary>
internal sealed class MessageSender(WireCodec codec, KernelSockets sockets)
{
    /// <summary>One session id per kernel process, as ipykernel has.</summary>
    public string SessionId { get; } = Guid.NewGuid().ToString();

    private readonly string _username = Environment.GetEnvironmentVariable("USER") is { Length: > 0 } user ? user : "pyheap";

    /// <summary>Sends a reply to <paramref name="request"/> on the channel it came from (back to its identities).</summary>
    public void Reply(Channel channel, JupyterMessage request, string msgType, JsonObject content, JsonObject? metadata = null) =>
        sockets.Send(channel, codec.Encode(request.Identities, NewHeader(msgType), request.RawHeader, metadata, content));

    /// <summary>
    /// Publishes on iopub. The topic frame names the kernel and message type as ipykernel's does
    /// ("kernel.&lt;session&gt;.&lt;type&gt;"); clients subscribe to everything and ignore it.
    /// </summary>
    public void Publish(JupyterMessage? parent, string msgType, JsonObject content)
    {
        byte[][] topic = [Encoding.UTF8.GetBytes($"kernel.{SessionId}.{msgType}")];
        sockets.Send(Channel.IOPub, codec.Encode(topic, NewHeader(msgType), parent?.RawHeader, null, content));
    }

    public void Status(JupyterMessage? parent, string state) => Publish(parent, "status", new JsonObject { ["execution_state"] = state });

    /// <summary>
    /// Sends on stdin to the client that sent <paramref name="request"/> (jupyter_client gives its shell and stdin
    /// sockets the same identity); returns the new message's id.
    /// </summary>
    public string SendStdin(JupyterMessage request, string msgType, JsonObject content)
    {
        var header = NewHeader(msgType);
        sockets.Send(Channel.Stdin, codec.Encode(request.Identities, header, request.RawHeader, null, content));
        return header.MsgId;
    }

    private MessageHeader NewHeader(string msgType) =>
        new(Guid.NewGuid().ToString(), SessionId, _username, Now(), msgType, MessageHeader.ProtocolVersion);

    /// <summary>ISO-8601 with microseconds and an explicit UTC zone, the form jupyter_client writes and parses.</summary>
    public static string Now() => DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
