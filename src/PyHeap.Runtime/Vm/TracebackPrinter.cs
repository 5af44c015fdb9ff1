using System.Text;
using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;

namespace PyHeap.Runtime.Vm;

/// <summary>
/// Formats an uncaught exception exactly as CPython 3.11 prints it (Python/pythonrun.c: print_exception_recursive,
/// print_exception; Python/traceback.c: tb_printinternal, tb_displayline): the chain of causes and contexts,
/// "Traceback (most recent call last):", one entry per frame with the source line and its caret line,
/// "[Previous line repeated N more times]", the SyntaxError location, "Type: message", suggestions and notes.
/// </summary>
public static class TracebackPrinter
{
    private const int RecursiveCutoff = 3;
    private const int DefaultLimit = 1000;
    private const int SourceLineIndent = 4;

    private const string CauseMessage = "\nThe above exception was the direct cause of the following exception:\n\n";
    private const string ContextMessage = "\nDuring handling of the above exception, another exception occurred:\n\n";

    public static string Format(PyBaseException exc)
    {
        var sb = new StringBuilder();
        var seen = new HashSet<PyObject>(ReferenceEqualityComparer.Instance);
        PrintRecursive(exc, sb, seen);
        return sb.ToString();
    }

    /// <summary>print_exception_recursive with print_exception_cause_and_context (3.11).</summary>
    private static void PrintRecursive(PyBaseException exc, StringBuilder sb, HashSet<PyObject> seen)
    {
        seen.Add(exc);
        if (exc.Cause is { } cause)
        {
            if (!seen.Contains(cause) && cause is PyBaseException c)
            {
                PrintRecursive(c, sb, seen);
                sb.Append(CauseMessage);
            }
        }
        else if (!exc.SuppressContext && exc.Context is { } context && !seen.Contains(context) && context is PyBaseException x)
        {
            PrintRecursive(x, sb, seen);
            sb.Append(ContextMessage);
        }
        PrintException(exc, sb);
    }

    /// <summary>print_exception: traceback, SyntaxError location, message, suggestion, notes.</summary>
    private static void PrintException(PyBaseException exc, StringBuilder sb)
    {
        if (exc.Traceback is PyTraceback tb) PrintTraceback(tb, sb);
        PyObject? value = exc;
        var replaced = SyntaxErrorPrinter.PrintFileAndLine(exc, sb);
        if (replaced is not null) value = replaced;
        try
        {
            PrintMessage(exc.Type, value, sb);
        }
        finally
        {
            RefCounts.XDecRef(replaced);
        }
        if (Suggestions.Offer(exc) is { } suggestion) sb.Append(". Did you mean: '").Append(suggestion).Append("'?");
        sb.Append('\n');
        PrintNotes(exc, sb);
    }

    /// <summary>"ValueError: message" (just the name when str(exc) is empty).</summary>
    public static string ExceptionLine(PyBaseException exc)
    {
        var sb = new StringBuilder();
        PrintMessage(exc.Type, exc, sb);
        return sb.ToString();
    }

    /// <summary>print_exception_message: module-qualified name unless builtins/__main__, then ": str(value)".</summary>
    private static void PrintMessage(PyType type, PyObject value, StringBuilder sb)
    {
        var module = type.ModuleName;
        if (module is not ("builtins" or "__main__")) sb.Append(module).Append('.');
        sb.Append(type.QualName);
        if (value is PyNone) return;
        PyStr s;
        try
        {
            s = Abstract.Str(value);
        }
        catch (PyException e)
        {
            RefCounts.DecRef(e.Value);
            sb.Append(": <exception str() failed>");
            return;
        }
        if (s.Value.Length != 0) sb.Append(": ").Append(s.Value);
        RefCounts.DecRef(s);
    }

    /// <summary>print_exception_notes (3.11): each note's str() on its own line; a non-sequence is repr()'d.</summary>
    private static void PrintNotes(PyBaseException exc, StringBuilder sb)
    {
        PyObject? notes;
        try
        {
            notes = Abstract.LookupAttr(exc, PyStr.Intern("__notes__"));
        }
        catch (PyException e)
        {
            RefCounts.DecRef(e.Value);
            return;
        }
        if (notes is null) return;
        try
        {
            if (notes.Type.GetItem is null || notes is PyDict)
            {
                try
                {
                    sb.Append(Abstract.ReprString(notes));
                }
                catch (PyException e)
                {
                    RefCounts.DecRef(e.Value);
                    sb.Append("<__notes__ repr() failed>");
                }
                sb.Append('\n');
                return;
            }
            var n = Abstract.Length(notes);
            for (long i = 0; i < n; i++)
            {
                var index = PyInt.From(i);
                try
                {
                    var note = Abstract.GetItem(notes, index);
                    try
                    {
                        sb.Append(Abstract.StrString(note));
                    }
                    catch (PyException e)
                    {
                        RefCounts.DecRef(e.Value);
                        sb.Append("<note str() failed>");
                    }
                    finally
                    {
                        RefCounts.DecRef(note);
                    }
                }
                finally
                {
                    RefCounts.DecRef(index);
                }
                sb.Append('\n');
            }
        }
        catch (PyException e)
        {
            RefCounts.DecRef(e.Value);
        }
        finally
        {
            RefCounts.DecRef(notes);
        }
    }

    /// <summary>_PyTraceBack_Print_Indented + tb_printinternal: sys.tracebacklimit, the header, the entries.</summary>
    private static void PrintTraceback(PyTraceback tb, StringBuilder sb)
    {
        long limit = DefaultLimit;
        if (Interpreter.Current.Modules.GetItemOrNull("sys") is PyModule sys
            && sys.Dict.GetItemOrNull("tracebacklimit") is PyInt l)
        {
            if (l.BigValue <= 0) return;
            limit = l.BigValue > long.MaxValue ? long.MaxValue : (long)l.BigValue;
        }
        sb.Append("Traceback (most recent call last):\n");
        long depth = 0;
        for (var t = tb; t is not null; t = t.Next) depth++;
        PyTraceback? cur = tb;
        while (cur is not null && depth > limit)
        {
            depth--;
            cur = cur.Next;
        }
        string? lastFile = null, lastName = null;
        var lastLine = -1;
        long count = 0;
        for (; cur is not null; cur = cur.Next)
        {
            var code = cur.FrameObject.Frame?.Code.Code;
            var file = code?.FileName ?? "<unknown>";
            var name = code?.Name ?? "?";
            if (lastFile is null || file != lastFile || lastLine == -1 || cur.Line != lastLine || lastName is null || name != lastName)
            {
                if (count > RecursiveCutoff) PrintRepeated(count, sb);
                lastFile = file;
                lastLine = cur.Line;
                lastName = name;
                count = 0;
            }
            count++;
            if (count <= RecursiveCutoff) DisplayLine(cur, file, name, sb);
        }
        if (count > RecursiveCutoff) PrintRepeated(count, sb);
    }

    private static void PrintRepeated(long count, StringBuilder sb)
    {
        count -= RecursiveCutoff;
        sb.Append($"  [Previous line repeated {count} more time{(count > 1 ? "s" : "")}]\n");
    }

    /// <summary>tb_displayline (3.11): the File line, the source line without its indentation, and the carets.</summary>
    private static void DisplayLine(PyTraceback tb, string file, string name, StringBuilder sb)
    {
        sb.Append($"  File \"{file}\", line {tb.Line}, in {name}\n");
        var line = Interpreter.Current.GetSourceLine(file, tb.Line);
        if (line is null) return;
        var indent = 0;
        while (indent < line.Length && line[indent] is ' ' or '\t' or '\f') indent++;
        sb.Append("    ").Append(line, indent, line.Length - indent).Append('\n');
        var code = tb.FrameObject.Frame?.Code.Code;
        if (code is null || tb.LastI < 0 || tb.LastI >= code.Positions.Length) return;
        var pos = code.Positions[tb.LastI];
        if (pos.Line <= 0 || pos.EndLine <= 0 || pos.Column < 0 || pos.EndColumn < 0) return;
        var truncation = indent - SourceLineIndent;
        int start = pos.Column, end = pos.EndColumn;
        CaretAnchors? anchors = null;
        if (pos.Line == pos.EndLine)
        {
            anchors = CaretAnchors.Extract(file, line, start, end);
        }
        else
        {
            // A multi-line expression: highlight up to the last non-whitespace character of this line.
            var i = line.Length;
            while (--i >= 0 && CaretAnchors.IsWhitespace(line[i])) { }
            end = i + 1;
        }
        // Elide the indicators when the primary range spans the whole (stripped) line.
        var strippedLength = line.Length - indent;
        if (end - start == strippedLength && anchors is null) return;
        // print_error_location_carets.
        var offset = truncation;
        while (++offset <= end)
        {
            if (offset <= start) sb.Append(' ');
            else if (anchors is { } a && a.LeftEnd < offset && offset <= a.RightStart) sb.Append(a.Secondary);
            else sb.Append(anchors?.Primary ?? '^');
        }
        sb.Append('\n');
    }
}
