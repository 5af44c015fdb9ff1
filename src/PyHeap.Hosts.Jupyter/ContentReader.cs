using System.Text.Json;
using System.Text.Json.Nodes;

namespace PyHeap.Hosts.Jupyter;

/// <summary>
/// Reads request content fields with the defaults the messaging spec gives, so a client that leaves optional
/// fields out still gets served; a missing required field is a <see cref="FormatException"/> (an error reply).
/// </summary>
internal static class ContentReader
{
    public static string RequireString(JsonObject content, string name) =>
        content[name] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : throw new FormatException($"'{name}' is missing or not a string");

    public static string? GetString(JsonObject content, string name) =>
        content[name] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    public static bool GetBool(JsonObject content, string name, bool fallback) =>
        content[name] is JsonValue v ? v.GetValueKind() switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => fallback,
        } : fallback;

    public static int? GetInt(JsonObject content, string name) =>
        content[name] is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<int>(out var i) ? i
        : content[name] is JsonValue d && d.GetValueKind() == JsonValueKind.Number && d.TryGetValue<double>(out var x) ? (int)x
        : null;
}
