using System.Text.Json.Nodes;

namespace PyHeap.Hosts.Jupyter;

/// <summary>A message header (messaging spec 5.3, "General message format").</summary>
public sealed record MessageHeader(string MsgId, string Session, string Username, string Date, string MsgType, string Version)
{
    /// <summary>The protocol version this kernel speaks; jupyter_client relaxes its schema checks from 5.2 on.</summary>
    public const string ProtocolVersion = "5.3";

    /// <summary>Reads a header; msg_id and msg_type are required, the rest default to empty.</summary>
    public static MessageHeader Parse(JsonObject json)
    {
        string Field(string name, bool required)
        {
            var value = json[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
            if (value is null && required) throw new FormatException($"header has no '{name}'");
            return value ?? "";
        }
        return new MessageHeader(Field("msg_id", true), Field("session", false), Field("username", false),
            Field("date", false), Field("msg_type", true), Field("version", false));
    }

    public JsonObject ToJson() => new()
    {
        ["msg_id"] = MsgId,
        ["session"] = Session,
        ["username"] = Username,
        ["date"] = Date,
        ["msg_type"] = MsgType,
        ["version"] = Version,
    };
}
