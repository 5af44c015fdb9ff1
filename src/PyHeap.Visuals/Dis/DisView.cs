using System.Text;
using PyHeap.Visuals.Rendering;

namespace PyHeap.Visuals.Dis;

/// <summary>
/// The bytecode view (<c>%dis NAME</c> / <c>pyheap.dis(func)</c>): the listing of Lib/dis.py (3.11) with the source
/// line each group of instructions comes from and, per instruction, the references it takes (+), drops (−) or
/// moves, from <see cref="ReferenceNotes"/>.
/// </summary>
public static class DisView
{
    private const double Width = 880;
    private const double NoteLeft = 478;
    private const int NoteChars = 66;
    private const int MaxDrawnInstructions = 400;
    private const string Mono = "DejaVu Sans Mono, Menlo, Consolas, monospace";

    public static ViewBundle Render(DisListing listing, string title)
    {
        var plain = new StringBuilder($"{title}: bytecode as dis.dis shows it, with the references each instruction takes (+), drops (−) or moves\n");
        foreach (var code in listing.All())
        {
            if (!ReferenceEquals(code, listing)) plain.Append($"\nDisassembly of {code.Header}:\n");
            var lines = code.Lines().ToList();
            var width = lines.Max(l => l.Text.Length);
            foreach (var (ins, text) in lines)
            {
                if (ins is null) { plain.Append('\n'); continue; }
                if (ins.StartsLine is { } l && code.SourceLines.TryGetValue(l, out var src)) plain.Append($"{new string(' ', 8)}# line {l}: {src}\n");
                plain.Append(text.PadRight(width)).Append("  ").Append(ins.Note.Effect.PadRight(8)).Append(ins.Note.Text).Append('\n');
            }
        }
        var svg = Picture(listing, title);
        var html = new StringBuilder("<div>").Append(svg);
        foreach (var code in listing.All()) html.Append(Table(code, ReferenceEquals(code, listing) ? null : code.Header));
        html.Append("</div>");
        return new ViewBundle(plain.ToString().TrimEnd('\n'), html.ToString(), svg);
    }

    /// <summary>The badge colour: takes green, drops vermillion, both orange, moves blue, none grey.</summary>
    public static string EffectColour(string effect)
    {
        var plus = effect.Contains('+');
        var minus = effect.Contains('−');
        return plus && minus ? Palette.Orange : plus ? Palette.Green : minus ? Palette.Vermillion
            : effect.StartsWith("move", StringComparison.Ordinal) ? Palette.Blue : Palette.MidGrey;
    }

    private static string Table(DisListing code, string? header)
    {
        var o = new StringBuilder();
        if (header is not null) o.Append($"<div style=\"font-family:sans-serif;font-size:13px;font-weight:bold;margin:10px 0 4px\">Disassembly of {Svg.Escape(header)}</div>");
        o.Append("<table style=\"border-collapse:collapse;font-size:12px\"><thead><tr>");
        foreach (var h in new[] { "line", "offset", "opname", "arg", "argrepr", "refs", "what happens to references" })
            o.Append($"<th style=\"border-bottom:1px solid #999;padding:2px 6px;text-align:left;font-family:sans-serif\">{h}</th>");
        o.Append("</tr></thead><tbody>");
        foreach (var i in code.Instructions)
        {
            if (i.StartsLine is { } l && code.SourceLines.TryGetValue(l, out var src))
                o.Append($"<tr><td colspan=\"7\" style=\"padding:4px 6px 2px;background:#f4f4f4;font-family:monospace\">{l}: {Svg.Escape(src)}</td></tr>");
            var mono = "padding:1px 6px;font-family:monospace";
            o.Append($"<tr><td style=\"{mono};text-align:right\">{i.StartsLine}</td>")
                .Append($"<td style=\"{mono};text-align:right\">{(i.IsJumpTarget ? "&gt;&gt; " : "")}{i.Offset}</td>")
                .Append($"<td style=\"{mono}\">{i.OpName}</td><td style=\"{mono};text-align:right\">{i.Arg}</td>")
                .Append($"<td style=\"{mono}\">{Svg.Escape(i.ArgRepr)}</td>")
                .Append($"<td style=\"padding:1px 6px\"><span style=\"background:{EffectColour(i.Note.Effect)};color:#fff;padding:0 4px;border-radius:3px;font-family:sans-serif;white-space:nowrap\">{Svg.Escape(i.Note.Effect)}</span></td>")
                .Append($"<td style=\"padding:1px 6px;font-family:sans-serif\">{Svg.Escape(i.Note.Text)}</td></tr>");
        }
        return o.Append("</tbody></table>").ToString();
    }

    private static string Picture(DisListing listing, string title)
    {
        var rows = new List<(string Kind, DisInstruction? Ins, string Text, List<string> Note)>();
        var drawn = 0;
        var total = listing.All().Sum(c => c.Instructions.Count);
        foreach (var code in listing.All())
        {
            if (drawn >= MaxDrawnInstructions) break;
            if (!ReferenceEquals(code, listing)) rows.Add(("header", null, "Disassembly of " + code.Header, []));
            foreach (var i in code.Instructions)
            {
                if (drawn++ >= MaxDrawnInstructions) break;
                if (i.StartsLine is { } l)
                    rows.Add(("source", null, $"{l}: " + (code.SourceLines.TryGetValue(l, out var src) ? src : ""), []));
                rows.Add(("ins", i, "", TextWrap.Words(i.Note.Text, NoteChars)));
            }
        }
        double RowHeight((string Kind, DisInstruction? Ins, string Text, List<string> Note) r) => r.Kind == "ins" ? 4 + 13 * r.Note.Count : 20;
        var legendTop = 44.0;
        var height = legendTop + 30 + rows.Sum(RowHeight) + (total > MaxDrawnInstructions ? 20 : 0) + 10;
        var svg = new Svg(Width, height);
        svg.Text(10, 18, title, 14, weight: "bold");
        svg.Text(10, 36, "offset · opname · arg (argrepr) as dis.dis prints them; badge: references taken (+), dropped (−) or moved", 12, fill: Palette.DarkGrey);
        var x = 10.0;
        foreach (var (effect, label) in new[] { ("+1", "takes"), ("−1", "drops"), ("−2 +1", "both"), ("move", "moves"), ("0", "none") })
        {
            Badge(svg, x, legendTop + 6, effect);
            svg.Text(x + 50, legendTop + 17, label, 11);
            x += 50 + label.Length * 7 + 20;
        }
        var y = legendTop + 30;
        foreach (var row in rows)
        {
            switch (row.Kind)
            {
                case "header":
                    svg.Text(10, y + 14, Cut(row.Text, 130), 12, weight: "bold");
                    break;
                case "source":
                    svg.Rect(6, y + 2, Width - 12, 17, "#f4f4f4");
                    svg.Raw($"<text x=\"10\" y=\"{Svg.N(y + 15)}\" font-size=\"12\" font-family=\"{Mono}\" fill=\"{Palette.Black}\">{Svg.Escape(Cut(row.Text, 120))}</text>");
                    break;
                default:
                    var i = row.Ins!;
                    var line = $"{(i.IsJumpTarget ? ">>" : "  ")}{i.Offset,5} {i.OpName,-20} {(i.Arg is { } a ? a.ToString().PadLeft(5) : "     ")} {Cut(i.ArgRepr.Length > 0 ? "(" + i.ArgRepr + ")" : "", 24)}";
                    svg.Raw($"<text x=\"10\" y=\"{Svg.N(y + 13)}\" font-size=\"11\" font-family=\"{Mono}\" xml:space=\"preserve\" fill=\"{Palette.Black}\">{Svg.Escape(line)}</text>");
                    Badge(svg, NoteLeft - 52, y + 2, i.Note.Effect);
                    for (var k = 0; k < row.Note.Count; k++) svg.Text(NoteLeft, y + 13 + 13 * k, row.Note[k], 11);
                    break;
            }
            y += RowHeight(row);
        }
        if (total > MaxDrawnInstructions)
            svg.Text(10, y + 14, $"{total - MaxDrawnInstructions} more instructions not drawn (the table and text list all {total})", 11, fill: Palette.Vermillion);
        return svg.ToString();
    }

    private static void Badge(Svg svg, double x, double y, string effect)
    {
        svg.Rect(x, y, 46, 14, EffectColour(effect), null, null, 3);
        svg.Text(x + 23, y + 11, effect, 11, "middle", "#ffffff", "bold");
    }

    private static string Cut(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";

}
