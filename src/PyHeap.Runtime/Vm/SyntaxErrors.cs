using PyHeap.Language.Syntax;
using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;

namespace PyHeap.Runtime.Vm;

/// <summary>Turns a compile-time <see cref="PySyntaxError"/> into the Python SyntaxError (or IndentationError / TabError).</summary>
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
        var details = PyTuple.Steal([
            PyStr.From(e.FileName),
            PyInt.From(e.Line),
            PyInt.From(e.Column + 1),
            e.SourceLine is null ? PyNone.None : PyStr.From(e.SourceLine),
            PyInt.From(e.EndLine),
            PyInt.From(e.EndColumn + 1),
        ]);
        var msg = PyStr.From(e.Message);
        var exc = PyBaseException.New(type, PyTuple.Steal([msg, details]));
        RefCounts.IncRef(msg);
        var dict = exc.Dict = PyDict.New();
        dict.SetItem("msg", msg);
        RefCounts.DecRef(msg);
        dict.SetItem("filename", details.Items[0]);
        dict.SetItem("lineno", details.Items[1]);
        dict.SetItem("offset", details.Items[2]);
        dict.SetItem("text", details.Items[3]);
        return new PyException(exc) { Propagating = true };
    }
}
