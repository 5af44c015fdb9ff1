using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using NetMQ;

namespace PyHeap.Hosts.Jupyter;

/// <summary>
/// The multipart wire format (messaging spec, "The Wire Protocol"):
/// <c>[identities…, "&lt;IDS|MSG&gt;", signature, header, parent_header, metadata, content, buffers…]</c>.
/// Decoding verifies the signature and refuses replays before any JSON is parsed, so an unsigned message
/// never reaches a handler. Thread-safe.
/// </summary>
public sealed class WireCodec(MessageSigner signer)
{
    public static readonly byte[] Delimiter = "<IDS|MSG>"u8.ToArray();
    private static readonly byte[] EmptyObject = "{}"u8.ToArray();
    private readonly SignatureHistory _history = new();

    public MessageSigner Signer => signer;

    /// <summary>Decodes and verifies a received multipart message; on failure says why and returns null.</summary>
    public JupyterMessage? TryDecode(IReadOnlyList<byte[]> frames, out string? error)
    {
        error = null;
        var delimiter = -1;
        for (var i = 0; i < frames.Count; i++)
        {
            if (frames[i].AsSpan().SequenceEqual(Delimiter)) { delimiter = i; break; }
        }
        if (delimiter < 0) { error = "no <IDS|MSG> delimiter"; return null; }
        if (frames.Count < delimiter + 6) { error = $"{frames.Count - delimiter - 1} frames after the delimiter, 5 needed"; return null; }
        var signature = frames[delimiter + 1];
        var header = frames[delimiter + 2];
        var parent = frames[delimiter + 3];
        var metadata = frames[delimiter + 4];
        var content = frames[delimiter + 5];
        if (!signer.Verify(signature, header, parent, metadata, content)) { error = "bad signature"; return null; }
        if (!_history.TryAdd(signature)) { error = "duplicate signature"; return null; }
        try
        {
            var headerJson = ParseObject(header, "header");
            return new JupyterMessage(
                frames.Take(delimiter).ToArray(),
                MessageHeader.Parse(headerJson),
                header,
                ParseObject(parent, "parent_header"),
                ParseObject(metadata, "metadata"),
                ParseObject(content, "content"),
                frames.Skip(delimiter + 6).ToArray());
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
        {
            error = $"malformed message: {e.Message}";
            return null;
        }
    }

    /// <summary>
    /// Encodes and signs one message. <paramref name="parentHeader"/> is the raw header of the request it answers
    /// (or null for none); JSON trees are serialised here, on the caller's thread.
    /// </summary>
    public NetMQMessage Encode(IReadOnlyList<byte[]> identities, MessageHeader header, byte[]? parentHeader, JsonObject? metadata, JsonObject content)
    {
        var headerBytes = JsonSerializer.SerializeToUtf8Bytes(header.ToJson());
        var parentBytes = parentHeader ?? EmptyObject;
        var metadataBytes = metadata is null ? EmptyObject : JsonSerializer.SerializeToUtf8Bytes(metadata);
        var contentBytes = JsonSerializer.SerializeToUtf8Bytes(content);
        var message = new NetMQMessage();
        foreach (var identity in identities) message.Append(identity);
        message.Append(Delimiter);
        message.Append(signer.Sign(headerBytes, parentBytes, metadataBytes, contentBytes));
        message.Append(headerBytes);
        message.Append(parentBytes);
        message.Append(metadataBytes);
        message.Append(contentBytes);
        return message;
    }

    private static JsonObject ParseObject(byte[] frame, string what) =>
        JsonNode.Parse(frame) as JsonObject ?? throw new FormatException($"{what} is not a JSON object ({Encoding.UTF8.GetString(frame.AsSpan(0, Math.Min(frame.Length, 40)))})");
}
