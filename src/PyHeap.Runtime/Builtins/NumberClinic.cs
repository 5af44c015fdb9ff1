using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>
/// Argument Clinic's positional-or-keyword binding with keyword-only parameters, as int/float/math methods use it
/// (Python/getargs.c: _PyArg_UnpackKeywords): "to_bytes() takes at most 2 positional arguments (3 given)",
/// "argument for f() given by name ('x') and position (1)", "f() missing required argument 'x' (pos 1)".
/// </summary>
public static class NumberClinic
{
    /// <summary>
    /// Binds <paramref name="args"/> to <paramref name="names"/>: the first <paramref name="maxPositional"/> may be
    /// positional, the rest are keyword-only; the first <paramref name="required"/> are required. Missing → null.
    /// The first <paramref name="positionalOnly"/> cannot be passed by keyword.
    /// </summary>
    public static PyObject?[] Bind(string fn, ReadOnlySpan<PyObject> args, PyTuple? kwnames, string[] names, int maxPositional, int required, int positionalOnly = 0)
    {
        var kwcount = kwnames?.Count ?? 0;
        var npos = args.Length - kwcount;
        if (args.Length > names.Length)
            throw Errors.TypeError($"{fn}() takes at most {names.Length} {(npos == 0 ? "keyword " : "")}argument{(names.Length == 1 ? "" : "s")} ({args.Length} given)");
        if (npos > maxPositional)
        {
            throw Errors.TypeError($"{fn}() takes {(required == maxPositional ? "exactly" : "at most")} {maxPositional} positional argument{(maxPositional == 1 ? "" : "s")} ({npos} given)");
        }
        var values = new PyObject?[names.Length];
        for (var i = 0; i < npos; i++) values[i] = args[i];
        for (var k = 0; k < kwcount; k++)
        {
            var key = ((PyStr)kwnames!.Items[k]).Value;
            var index = Array.IndexOf(names, key);
            if (index < positionalOnly) index = -1;
            if (index < 0) throw Errors.TypeError($"'{key}' is an invalid keyword argument for {fn}()");
            if (index < npos) throw Errors.TypeError($"argument for {fn}() given by name ('{key}') and position ({index + 1})");
            values[index] = args[npos + k];
        }
        var minPositionalOnly = Math.Min(positionalOnly, required);
        if (npos < minPositionalOnly)
        {
            throw Errors.TypeError($"{fn}() takes {(minPositionalOnly < maxPositional ? "at least" : "exactly")} {minPositionalOnly} positional argument{(minPositionalOnly == 1 ? "" : "s")} ({npos} given)");
        }
        for (var i = 0; i < required; i++)
            if (values[i] is null) throw Errors.TypeError($"{fn}() missing required argument '{names[i]}' (pos {i + 1})");
        return values;
    }
}
