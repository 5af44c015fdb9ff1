using System.Globalization;
using System.Net;
using System.Text;

namespace PyHeap.Visuals.Rendering;

/// <summary>
/// A small SVG writer: the elements our pictures use, with text escaped and numbers written invariantly.
/// Every picture gets a white background and a system sans-serif font that every viewer has.
/// </summary>
public sealed class Svg(double width, double height)
{
    private readonly StringBuilder body = new();

    public double Width => width;
    public double Height => height;

    public static string N(double v) => Math.Round(v, 1).ToString(CultureInfo.InvariantCulture);

    public static string Escape(string s) => WebUtility.HtmlEncode(s);

    public Svg Rect(double x, double y, double w, double h, string fill, string? stroke = null, string? title = null, double rx = 0)
    {
        body.Append($"<rect x=\"{N(x)}\" y=\"{N(y)}\" width=\"{N(w)}\" height=\"{N(h)}\" fill=\"{fill}\"");
        if (stroke is not null) body.Append($" stroke=\"{stroke}\"");
        if (rx > 0) body.Append($" rx=\"{N(rx)}\"");
        if (title is null) body.Append("/>");
        else body.Append($"><title>{Escape(title)}</title></rect>");
        return this;
    }

    public Svg Text(double x, double y, string text, double size = 12, string anchor = "start", string fill = Palette.Black, string weight = "normal")
    {
        // Defaults (start, black, normal, 12px from the root) are left out: big pictures stay small.
        body.Append($"<text x=\"{N(x)}\" y=\"{N(y)}\"");
        if (size != 12) body.Append($" font-size=\"{N(size)}\"");
        if (anchor != "start") body.Append($" text-anchor=\"{anchor}\"");
        if (fill != Palette.Black) body.Append($" fill=\"{fill}\"");
        if (weight != "normal") body.Append($" font-weight=\"{weight}\"");
        body.Append('>').Append(Escape(text)).Append("</text>");
        return this;
    }

    public Svg Line(double x1, double y1, double x2, double y2, string stroke, double width = 1, string? dash = null, bool arrow = false)
    {
        body.Append($"<line x1=\"{N(x1)}\" y1=\"{N(y1)}\" x2=\"{N(x2)}\" y2=\"{N(y2)}\" stroke=\"{stroke}\" stroke-width=\"{N(width)}\"");
        if (dash is not null) body.Append($" stroke-dasharray=\"{dash}\"");
        if (arrow) body.Append(" marker-end=\"url(#arrow)\"");
        body.Append("/>");
        return this;
    }

    public Svg Path(string d, string stroke, double width = 1, string fill = "none", bool arrow = false)
    {
        body.Append($"<path d=\"{d}\" stroke=\"{stroke}\" stroke-width=\"{N(width)}\" fill=\"{fill}\"");
        if (arrow) body.Append(" marker-end=\"url(#arrow)\"");
        body.Append("/>");
        return this;
    }

    public Svg Raw(string fragment)
    {
        body.Append(fragment);
        return this;
    }

    public override string ToString() =>
        $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{N(width)}\" height=\"{N(height)}\" viewBox=\"0 0 {N(width)} {N(height)}\" "
        + "font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\" font-size=\"12\">"
        + "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\">"
        + $"<path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"{Palette.DarkGrey}\"/></marker></defs>"
        + $"<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>{body}</svg>";
}
