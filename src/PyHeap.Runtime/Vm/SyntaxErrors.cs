using PyHeap.Language.Syntax;
using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;

namespace PyHeap.Runtime.Vm;

/// <summary>
/// Turns a compile-time <see cref="PySyntaxError"/> into the Python SyntaxError (or IndentationError / TabError),
/// as Parser/pegen_errors.c: _PyPegen_raise_error_known_location does: args = (msg, (filename, lineno, offset,
/// text, end_lineno, end_offset)) and SyntaxError_init fills the fields from them.
/// </summary>
public static class SyntaxErrors
{
    public static PyException ToPython(PySyntaxError e)
    {
        var type = e.Kind switch
        {
            "IndentationError" => ExceptionTypes.IndentationError,
            "TabError" => ExceptionTypes.TabError,
            _ => ExceptionTypes.SyntaxError,
        };
        var text = e.SourceLine;
        var details = PyTuple.Steal([
            PyStr.From(e.FileName),
            PyInt.From(e.Line),
            PyInt.From(e.Column + 1),
            text is null ? PyNone.None : PyStr.From(text),
            PyInt.From(e.EndLine),
            PyInt.From(e.EndColumn + 1),
        ]);
        var msg = PyStr.From(e.Message);
        RefCounts.IncRef(msg);
        var exc = PyBaseException.New(type, PyTuple.Steal([msg, details]));
        exc.SetMember("msg", msg);
        RefCounts.DecRef(msg);
        exc.SetMember("filename", details.Items[0]);
        exc.SetMember("lineno", details.Items[1]);
        exc.SetMember("offset", details.Items[2]);
        exc.SetMember("text", details.Items[3]);
        exc.SetMember("end_lineno", details.Items[4]);
        exc.SetMember("end_offset", details.Items[5]);
        return new PyException(exc) { Propagating = true };
    }
}
