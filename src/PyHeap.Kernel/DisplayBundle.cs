using System.Text.Json.Nodes;

namespace PyHeap.Kernel;

/// <summary>
/// A MIME bundle as Jupyter's display_data / execute_result carry it: <see cref="Data"/> maps a MIME type to its
/// representation (a string, or JSON for <c>application/json</c>-like types), <see cref="Metadata"/> per type,
/// and the display id that later updates target.
/// </summary>
public sealed record DisplayBundle(JsonObject Data, JsonObject Metadata, string? DisplayId = null)
{
    public static DisplayBundle PlainText(string text) => new(new JsonObject { ["text/plain"] = text }, new JsonObject());
}
