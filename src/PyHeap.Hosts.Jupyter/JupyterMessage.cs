using System.Text.Json.Nodes;

namespace PyHeap.Hosts.Jupyter;

/// <summary>
/// A message received from a client, already verified. <see cref="RawHeader"/> keeps the header frame's exact
/// bytes: replies and side-effect messages carry it verbatim as their parent_header, so nothing the client put
/// in its header (e.g. fields of later protocol versions) is lost, and no JSON tree is shared between threads.
/// </summary>
public sealed record JupyterMessage(
    IReadOnlyList<byte[]> Identities,
    MessageHeader Header,
    byte[] RawHeader,
    JsonObject ParentHeader,
    JsonObject Metadata,
    JsonObject Content,
    IReadOnlyList<byte[]> Buffers)
{
    public string MsgType => Header.MsgType;
}
