using System.Text;
using PyHeap.Runtime.Objects;

namespace PyHeap.Runtime.Vm;

/// <summary>Prints a SyntaxError as CPython does: the file and line, the source line, carets, then the message.</summary>
public static class SyntaxErrorPrinter
{
    public static string Format(PyBaseException exc)
    {
        var sb = new StringBuilder();
        if (exc.Args.Count == 2 && exc.Args.Items[1] is PyTuple details && details.Count >= 4)
        {
            var file = (details.Items[0] as PyStr)?.Value ?? "<string>";
            var line = (details.Items[1] as PyInt)?.Value ?? 0;
            var offset = (details.Items[2] as PyInt)?.Value ?? 0;
            var endOffset = details.Count >= 6 ? (details.Items[5] as PyInt)?.Value ?? 0 : 0;
            var endLine = details.Count >= 6 ? (details.Items[4] as PyInt)?.Value ?? line : line;
            sb.Append($"  File \"{file}\", line {line}\n");
            if (details.Items[3] is PyStr text)
            {
                var raw = text.Value.TrimEnd('\n', '\r');
                var stripped = raw.TrimStart();
                var indent = raw.Length - stripped.Length;
                sb.Append("    ").Append(stripped.TrimEnd()).Append('\n');
                var start = Math.Max(0, offset - 1 - indent);
                var width = endLine == line && endOffset > offset ? endOffset - offset : 1;
                sb.Append("    ").Append(' ', (int)start).Append('^', (int)Math.Max(1, width)).Append('\n');
            }
            var msg = (exc.Args.Items[0] as PyStr)?.Value ?? "";
            sb.Append(exc.Type.Name).Append(": ").Append(msg).Append('\n');
            return sb.ToString();
        }
        return TracebackPrinter.Format(exc);
    }
}
