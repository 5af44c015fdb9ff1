using System.Text.Json.Nodes;

namespace PyHeap.Visuals;

/// <summary>
/// What a view returns (DESIGN.md "Display bundles"): a terminal-readable <c>text/plain</c> summary, a
/// self-contained <c>text/html</c> (inline SVG and tables, no script, no network), a static
/// <c>image/svg+xml</c> that GitHub and nbviewer show, and for charts a Plotly figure.
/// </summary>
public sealed record ViewBundle(string Plain, string Html, string? Svg = null, JsonObject? Plotly = null)
{
    /// <summary>The bundle as MIME type → data, text/plain first.</summary>
    public JsonObject ToMimeData()
    {
        var data = new JsonObject { ["text/plain"] = Plain, ["text/html"] = Html };
        if (Svg is not null) data["image/svg+xml"] = Svg;
        if (Plotly is not null) data["application/vnd.plotly.v1+json"] = Plotly.DeepClone();
        return data;
    }
}
