using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;

namespace PyHeap.Runtime.Vm;

public static partial class Abstract
{
    /// <summary>PyObject_Repr (recursion-guarded like CPython's).</summary>
    public static PyStr Repr(PyObject o)
    {
        var interp = Interpreter.Current;
        var ts = interp.Thread;
        if (ts.Depth >= interp.RecursionLimit)
            throw Errors.New(ExceptionTypes.RecursionError, "maximum recursion depth exceeded while getting the repr of an object");
        ts.Depth++;
        try
        {
            var slot = o.Type.Repr ?? Builtins.ObjectMethods.DefaultRepr;
            var r = slot(o);
            if (r is PyStr s) return s;
            var name = r.Type.Name;
            RefCounts.DecRef(r);
            throw Errors.TypeError($"__repr__ returned non-string (type {name})");
        }
        finally
        {
            ts.Depth--;
        }
    }

    /// <summary>PyObject_Str.</summary>
    public static PyStr Str(PyObject o)
    {
        if (o is PyStr s && o.Type == Types.Str)
        {
            RefCounts.IncRef(s);
            return s;
        }
        var slot = o.Type.Str;
        if (slot is null) return Repr(o);
        var interp = Interpreter.Current;
        var ts = interp.Thread;
        if (ts.Depth >= interp.RecursionLimit)
            throw Errors.New(ExceptionTypes.RecursionError, "maximum recursion depth exceeded while calling a Python object");
        ts.Depth++;
        try
        {
            var r = slot(o);
            if (r is PyStr rs) return rs;
            var name = r.Type.Name;
            RefCounts.DecRef(r);
            throw Errors.TypeError($"__str__ returned non-string (type {name})");
        }
        finally
        {
            ts.Depth--;
        }
    }

    /// <summary>ascii(): repr with non-ASCII characters escaped.</summary>
    public static PyStr Ascii(PyObject o)
    {
        var r = Repr(o);
        var escaped = Builtins.TextEscapes.AsciiEscape(r.Value);
        if (escaped == r.Value) return r;
        RefCounts.DecRef(r);
        return PyStr.From(escaped);
    }

    /// <summary>repr() as a host string.</summary>
    public static string ReprString(PyObject o)
    {
        var r = Repr(o);
        var s = r.Value;
        RefCounts.DecRef(r);
        return s;
    }

    /// <summary>str() as a host string.</summary>
    public static string StrString(PyObject o)
    {
        var r = Str(o);
        var s = r.Value;
        RefCounts.DecRef(r);
        return s;
    }

    /// <summary>PyObject_Format: format(value, spec) through __format__.</summary>
    public static PyObject Format(PyObject value, PyStr spec)
    {
        if (spec.Value.Length == 0 && value.Type == Types.Str)
        {
            RefCounts.IncRef(value);
            return value;
        }
        var interp = Interpreter.Current;
        // Looked up on the type (_PyObject_LookupSpecial), so format(SomeClass, '') uses type's __format__.
        var method = LookupSpecial(value, "__format__") ?? throw Errors.TypeError($"Type {value.Type.Name} doesn't define __format__");
        PyObject r;
        try
        {
            r = interp.CallObject(method, [spec]);
        }
        finally
        {
            RefCounts.DecRef(method);
        }
        if (r is PyStr) return r;
        var name = r.Type.Name;
        RefCounts.DecRef(r);
        throw Errors.TypeError($"__format__ must return a str, not {name}");
    }

    /// <summary>"f()" style description of a callable for call errors (ceval.c: format_kwargs_error).</summary>
    public static string FunctionDescription(PyObject? func) => func switch
    {
        PyFunction f => f.QualName.Value + "()",
        PyBuiltinFunction b => b.Name + "()",
        PyMethod m => FunctionDescription(m.Function),
        PyType t => t.Name + "()",
        null => "function",
        _ => func.Type.Name + " object",
    };
}
