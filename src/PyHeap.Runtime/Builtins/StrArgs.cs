using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>Argument parsing for str/bytes methods with the messages of getargs.c and Argument Clinic (3.11).</summary>
internal static class StrArgs
{
    /// <summary>
    /// Clinic functions with keyword arguments (_PyArg_UnpackKeywords): "split() takes at most 2 arguments (3 given)",
    /// "'x' is an invalid keyword argument for split()", "argument for split() given by name ('sep') and position (1)".
    /// Returns one borrowed slot per name (null when not given).
    /// </summary>
    public static PyObject?[] Parse(string name, ReadOnlySpan<PyObject> args, PyTuple? kwnames, int required, params string[] names)
    {
        var kwcount = kwnames?.Count ?? 0;
        var npos = args.Length - kwcount;
        var total = args.Length;
        if (npos > names.Length || (total > names.Length && kwcount > 0))
        {
            throw Errors.TypeError(names.Length == 0
                ? $"{name}() takes no arguments ({total} given)"
                : $"{name}() takes at most {names.Length} argument{(names.Length == 1 ? "" : "s")} ({total} given)");
        }
        var result = new PyObject?[names.Length];
        for (var i = 0; i < npos; i++) result[i] = args[i];
        for (var k = 0; k < kwcount; k++)
        {
            var key = ((PyStr)kwnames!.Items[k]).Value;
            var idx = Array.IndexOf(names, key);
            if (idx < 0) throw Errors.TypeError($"'{key}' is an invalid keyword argument for {name}()");
            if (idx < npos) throw Errors.TypeError($"argument for {name}() given by name ('{key}') and position ({idx + 1})");
            result[idx] = args[npos + k];
        }
        for (var i = 0; i < required; i++)
        {
            if (result[i] is null)
                throw Errors.TypeError($"{name}() missing required argument '{names[i]}' (pos {i + 1})");
        }
        return result;
    }

    /// <summary>METH_VARARGS with PyArg_ParseTuple "O|OO:find": "find() takes at least 1 argument (0 given)".</summary>
    public static void Varargs(string type, string name, ReadOnlySpan<PyObject> args, PyTuple? kwnames, int min, int max)
    {
        NativeArgs.NoKeywords(name, kwnames);
        if (args.Length < min)
            throw Errors.TypeError($"{name}() takes at least {min} argument{(min == 1 ? "" : "s")} ({args.Length} given)");
        if (args.Length > max)
            throw Errors.TypeError($"{name}() takes at most {max} argument{(max == 1 ? "" : "s")} ({args.Length} given)");
    }

    /// <summary>Positional-only clinic functions: "center expected at least 1 argument, got 0".</summary>
    public static void Positional(string type, string name, ReadOnlySpan<PyObject> args, PyTuple? kwnames, int min, int max)
    {
        NativeArgs.NoKeywords($"{type}.{name}", kwnames);
        NativeArgs.Range(name, args, kwnames, min, max);
    }

    /// <summary>METH_NOARGS: "str.upper() takes no arguments (1 given)".</summary>
    public static void None(string type, string name, ReadOnlySpan<PyObject> args, PyTuple? kwnames) =>
        NativeArgs.None($"{type}.{name}", args, kwnames);

    /// <summary>METH_O: "str.join() takes exactly one argument (0 given)".</summary>
    public static void One(string type, string name, ReadOnlySpan<PyObject> args, PyTuple? kwnames) =>
        NativeArgs.ExactlyOne($"{type}.{name}", args, kwnames);

    /// <summary>An optional start/end index (_PyEval_SliceIndex via stringlib's ADJUST_INDICES); None means absent.</summary>
    public static long? SliceIndex(ReadOnlySpan<PyObject> args, int i) =>
        i < args.Length && args[i] is not PyNone ? SliceIndex(args[i]) : null;

    /// <summary>Models _PyEval_SliceIndex: an __index__ value clipped to the ssize_t range.</summary>
    public static long SliceIndex(PyObject v)
    {
        if (v is not PyInt && v.Type.Index is null)
            throw Errors.TypeError("slice indices must be integers or None or have an __index__ method");
        var i = Abstract.Index(v);
        try
        {
            if (!i.IsBig) return i.Value;
            return i.BigValue.Sign < 0 ? long.MinValue : long.MaxValue;
        }
        finally
        {
            Memory.RefCounts.DecRef(i);
        }
    }

    /// <summary>A str argument, "must be str, not int" (PyUnicode_FromObject-style messages vary; pass the prefix).</summary>
    public static string Str(PyObject o, string messagePrefix = "must be str") =>
        o is PyStr s ? s.Value : throw Errors.TypeError($"{messagePrefix}, not {o.Type.Name}");

    /// <summary>PyNumber_AsSsize_t with the usual "cannot be interpreted as an integer" message.</summary>
    public static long Index(PyObject o) => Abstract.AsIndex(o);

    /// <summary>The Python exception for an error raised by the formatting/numerics primitives.</summary>
    public static PyException FromPrimitive(Numerics.PyPrimitiveError e) => e.PythonTypeName switch
    {
        "TypeError" => Errors.TypeError(e.Message),
        "OverflowError" => Errors.OverflowError(e.Message),
        "IndexError" => Errors.IndexError(e.Message),
        "ZeroDivisionError" => Errors.ZeroDivisionError(e.Message),
        "KeyError" => KeyError(e.Message),
        _ => Errors.ValueError(e.Message),
    };

    private static PyException KeyError(string message)
    {
        var key = PyStr.From(message);
        try
        {
            return Errors.KeyError(key);
        }
        finally
        {
            Memory.RefCounts.DecRef(key);
        }
    }
}
