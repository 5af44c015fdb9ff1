using System.Text;
using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;

namespace PyHeap.Runtime.Vm;

/// <summary>
/// The SyntaxError part of printing an exception (Python/pythonrun.c: print_exception_file_and_line,
/// parse_syntax_error, print_error_text, 3.11): <c>  File "x.py", line 1</c>, the offending line without its
/// indentation, then carets from offset to end_offset.
/// </summary>
public static class SyntaxErrorPrinter
{
    /// <summary>The whole report for an uncaught SyntaxError (same as any exception's).</summary>
    public static string Format(PyBaseException exc) => TracebackPrinter.Format(exc);

    /// <summary>
    /// For exceptions with <c>print_file_and_line</c> (SyntaxError and subclasses) whose fields parse, writes the
    /// location lines and returns msg (a new reference) to print instead of str(exc); otherwise null.
    /// </summary>
    internal static PyObject? PrintFileAndLine(PyBaseException exc, StringBuilder sb)
    {
        if (!exc.Type.IsSubtypeOf(ExceptionTypes.SyntaxError)) return null;
        var msg = exc.GetMember("msg") ?? PyNone.None;
        var filenameObj = exc.GetMember("filename") ?? PyNone.None;
        // parse_syntax_error: lineno must be an int; offset None means -1.
        if (exc.GetMember("lineno") is not PyInt { IsBig: false } linenoObj) return null;
        var lineno = linenoObj.Value;
        long offset;
        switch (exc.GetMember("offset") ?? PyNone.None)
        {
            case PyNone:
                offset = -1;
                break;
            case PyInt { IsBig: false } o:
                offset = o.Value;
                break;
            default:
                return null;
        }
        long endLineno = lineno, endOffset = -1;
        if (ReferenceEquals(exc.Type, ExceptionTypes.SyntaxError))
        {
            if (exc.GetMember("end_lineno") is PyInt { IsBig: false } el) endLineno = el.Value;
            if (exc.GetMember("end_offset") is PyInt { IsBig: false } eo) endOffset = eo.Value;
        }
        var text = exc.GetMember("text") as PyStr;
        var filename = filenameObj is PyNone ? "<string>" : Abstract.StrString(filenameObj);
        sb.Append($"  File \"{filename}\", line {lineno}\n");
        if (text is not null)
        {
            var lineSize = System.Text.Encoding.UTF8.GetByteCount(text.Value);
            if (endLineno > lineno) endOffset = lineSize;
            if (endOffset > lineSize + 1) endOffset = lineSize + 1;
            PrintErrorText(sb, offset, endOffset, text.Value);
        }
        return RefCounts.NewRef(msg);
    }

    /// <summary>print_error_text (3.11).</summary>
    private static void PrintErrorText(StringBuilder sb, long offset, long endOffset, string text)
    {
        var caretRepetitions = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
        offset--;
        var start = 0;
        while (start < text.Length && text[start] is ' ' or '\t' or '\f')
        {
            start++;
            offset--;
        }
        text = text[start..];
        var len = (long)text.Length;
        if (len > 0 && text[^1] == '\n') len--;
        if (offset > len) offset = len;
        while (true)
        {
            var nl = text.IndexOf('\n');
            if (nl < 0 || nl >= offset) break;
            var inl = nl + 1;
            text = text[inl..];
            len -= inl;
            offset -= inl;
        }
        sb.Append("    ").Append(text);
        if (len >= text.Length || text[(int)len] != '\n') sb.Append('\n');
        if (offset < 0) return;
        sb.Append("    ");
        while (--offset >= 0) sb.Append(' ');
        sb.Append('^', (int)Math.Min(caretRepetitions, 100000));
        sb.Append('\n');
    }
}
