using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>
/// Argument Clinic's keyword parsing (Python/getargs.c: _PyArg_UnpackKeywords) with its messages, for builtins
/// declared like <c>sum(iterable, /, start=0)</c> or <c>round(number, ndigits=None)</c>.
/// </summary>
public static class ClinicArgs
{
    /// <summary>
    /// Binds <paramref name="args"/> to <paramref name="names"/>: the first <paramref name="posOnly"/> are
    /// positional-only, the first <paramref name="required"/> are required. Missing optional ones are null (borrowed).
    /// </summary>
    public static PyObject?[] Parse(string fname, ReadOnlySpan<PyObject> args, PyTuple? kwnames, string[] names, int required, int posOnly = 0)
    {
        var nkw = kwnames?.Count ?? 0;
        var nargs = args.Length - nkw;
        var max = names.Length;
        if (nargs + nkw > max)
        {
            var how = required == max ? "exactly" : "at most";
            throw Errors.TypeError($"{fname}() takes {how} {max} argument{(max == 1 ? "" : "s")} ({nargs + nkw} given)");
        }
        if (nargs < posOnly && nargs < required)
        {
            var min = Math.Min(posOnly, required);
            var how = required == max && posOnly >= max ? "exactly" : "at least";
            throw Errors.TypeError($"{fname}() takes {how} {min} positional argument{(min == 1 ? "" : "s")} ({nargs} given)");
        }
        var result = new PyObject?[max];
        for (var i = 0; i < nargs; i++) result[i] = args[i];
        for (var k = 0; k < nkw; k++)
        {
            var key = ((PyStr)kwnames!.Items[k]).Value;
            var index = Array.IndexOf(names, key);
            if (index < 0 || index < posOnly) throw Errors.TypeError($"'{key}' is an invalid keyword argument for {fname}()");
            if (index < nargs) throw Errors.TypeError($"argument for {fname}() given by name ('{key}') and position ({index + 1})");
            result[index] = args[nargs + k];
        }
        for (var i = 0; i < required; i++)
            if (result[i] is null) throw Errors.TypeError($"{fname}() missing required argument '{names[i]}' (pos {i + 1})");
        return result;
    }
}
