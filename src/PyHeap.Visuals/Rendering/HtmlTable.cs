using System.Text;

namespace PyHeap.Visuals.Rendering;

/// <summary>Self-contained HTML tables (inline styles only: notebooks strip style sheets and scripts differ by client).</summary>
public static class HtmlTable
{
    public static string Render(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, IReadOnlyList<bool>? rightAligned = null)
    {
        var html = new StringBuilder("<table style=\"border-collapse:collapse;font-family:sans-serif;font-size:13px\"><thead><tr>");
        for (var i = 0; i < header.Count; i++)
            html.Append($"<th style=\"border-bottom:1px solid #999;padding:2px 8px;text-align:{Align(rightAligned, i)}\">{Svg.Escape(header[i])}</th>");
        html.Append("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            html.Append("<tr>");
            for (var i = 0; i < row.Count; i++)
                html.Append($"<td style=\"padding:2px 8px;text-align:{Align(rightAligned, i)}\">{Svg.Escape(row[i])}</td>");
            html.Append("</tr>");
        }
        return html.Append("</tbody></table>").ToString();
    }

    /// <summary>A plain-text table with aligned columns, for terminals and text/plain.</summary>
    public static string Text(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, IReadOnlyList<bool>? rightAligned = null)
    {
        var all = new List<IReadOnlyList<string>> { header };
        all.AddRange(rows);
        var widths = Enumerable.Range(0, header.Count).Select(i => all.Max(r => i < r.Count ? r[i].Length : 0)).ToArray();
        var text = new StringBuilder();
        foreach (var row in all)
        {
            var cells = row.Select((c, i) => Align(rightAligned, i) == "right" ? c.PadLeft(widths[i]) : c.PadRight(widths[i]));
            text.AppendLine(string.Join("  ", cells).TrimEnd());
        }
        return text.ToString();
    }

    private static string Align(IReadOnlyList<bool>? right, int i) => right is not null && i < right.Count && right[i] ? "right" : "left";
}
