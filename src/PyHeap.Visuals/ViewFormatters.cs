using Microsoft.DotNet.Interactive.Formatting;

namespace PyHeap.Visuals;

/// <summary>
/// Registers the views with Microsoft.DotNet.Interactive.Formatting, one formatter per MIME type, so every host
/// (the Jupyter kernel, a .NET Interactive host, the CLI) turns a view into the same text, HTML and SVG.
/// </summary>
public static class ViewFormatters
{
    private static int registered;

    public static void Register()
    {
        if (Interlocked.Exchange(ref registered, 1) == 1) return;
        Formatter.Register<ViewBundle>((view, writer) => writer.Write(view.Plain), PlainTextFormatter.MimeType);
        Formatter.Register<ViewBundle>((view, writer) => writer.Write(view.Html), HtmlFormatter.MimeType);
        Formatter.Register<ViewBundle>((view, writer) => writer.Write(view.Svg ?? ""), "image/svg+xml");
    }
}
