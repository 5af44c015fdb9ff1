using System.Text.Json.Nodes;
using Microsoft.DotNet.Interactive.Formatting;

namespace PyHeap.Visuals;

/// <summary>
/// What a view returns (DESIGN.md "Display bundles"): a terminal-readable <c>text/plain</c> summary, a
/// self-contained <c>text/html</c> (inline SVG and tables, no script, no network), a static
/// <c>image/svg+xml</c> that GitHub and nbviewer show, and for charts a Plotly figure.
/// </summary>
public sealed record ViewBundle(string Plain, string Html, string? Svg = null, JsonObject? Plotly = null)
{
    /// <summary>The bundle as MIME type → data, text/plain first, each formatted by the registered view formatters.</summary>
    public JsonObject ToMimeData()
    {
        ViewFormatters.Register();
        var data = new JsonObject { ["text/plain"] = this.ToDisplayString("text/plain"), ["text/html"] = this.ToDisplayString("text/html") };
        if (Svg is not null) data["image/svg+xml"] = this.ToDisplayString("image/svg+xml");
        if (Plotly is not null) data["application/vnd.plotly.v1+json"] = Plotly.DeepClone();
        return data;
    }
}
