using System.Text;
using PyHeap.Runtime.Objects;

namespace PyHeap.Runtime.Vm;

/// <summary>Formats an exception with its traceback the way CPython 3.11 prints an uncaught one (Lib/traceback.py).</summary>
public static class TracebackPrinter
{
    public static string Format(PyBaseException exc)
    {
        var sb = new StringBuilder();
        var seen = new HashSet<PyBaseException>(ReferenceEqualityComparer.Instance);
        FormatChain(exc, sb, seen);
        return sb.ToString();
    }

    private static void FormatChain(PyBaseException exc, StringBuilder sb, HashSet<PyBaseException> seen)
    {
        seen.Add(exc);
        if (exc.Cause is PyBaseException cause && !seen.Contains(cause))
        {
            FormatChain(cause, sb, seen);
            sb.Append("\nThe above exception was the direct cause of the following exception:\n\n");
        }
        else if (exc.Context is PyBaseException context && !exc.SuppressContext && !seen.Contains(context))
        {
            FormatChain(context, sb, seen);
            sb.Append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        FormatOne(exc, sb);
    }

    private static void FormatOne(PyBaseException exc, StringBuilder sb)
    {
        if (exc.Traceback is PyTraceback tb)
        {
            sb.Append("Traceback (most recent call last):\n");
            for (var t = tb; t is not null; t = t.Next) AppendEntry(t, sb);
        }
        sb.Append(ExceptionLine(exc)).Append('\n');
    }

    private static void AppendEntry(PyTraceback tb, StringBuilder sb)
    {
        var frame = tb.FrameObject.Frame;
        var code = frame?.Code.Code;
        var file = code?.FileName ?? "<unknown>";
        var name = code?.Name ?? "?";
        sb.Append($"  File \"{file}\", line {tb.Line}, in {name}\n");
        var line = Interpreter.Current.GetSourceLine(file, tb.Line);
        if (line is not null && line.Trim().Length > 0) sb.Append("    ").Append(line.Trim()).Append('\n');
    }

    /// <summary>"ValueError: message" (just the name when str(exc) is empty).</summary>
    public static string ExceptionLine(PyBaseException exc)
    {
        var type = exc.Type;
        var name = type.IsHeapType && type.ModuleName is not ("__main__" or "builtins") ? $"{type.ModuleName}.{type.QualName}" : type.QualName;
        string text;
        try
        {
            text = Abstract.StrString(exc);
        }
        catch (PyException e)
        {
            Memory.RefCounts.DecRef(e.Value);
            text = "<exception str() failed>";
        }
        return text.Length == 0 ? name : $"{name}: {text}";
    }
}
