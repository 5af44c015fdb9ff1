using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>Argument checks for builtins with CPython's messages (Python/getargs.c, Argument Clinic).</summary>
public static class NativeArgs
{
    /// <summary>"len() takes exactly one argument (2 given)" for METH_O functions.</summary>
    public static void ExactlyOne(string name, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        NoKeywords(name, kwnames);
        if (args.Length != 1) throw Errors.TypeError($"{name}() takes exactly one argument ({args.Length} given)");
    }

    /// <summary>"list.clear() takes no arguments (1 given)" for METH_NOARGS functions.</summary>
    public static void None(string name, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        NoKeywords(name, kwnames);
        if (args.Length != 0) throw Errors.TypeError($"{name}() takes no arguments ({args.Length} given)");
    }

    /// <summary>Positional count between min and max (clinic style: "expected at most 2 arguments, got 3").</summary>
    public static void Range(string name, ReadOnlySpan<PyObject> args, PyTuple? kwnames, int min, int max)
    {
        NoKeywords(name, kwnames);
        if (args.Length < min)
        {
            throw min == max
                ? Errors.TypeError($"{name} expected {min} argument{(min == 1 ? "" : "s")}, got {args.Length}")
                : Errors.TypeError($"{name} expected at least {min} argument{(min == 1 ? "" : "s")}, got {args.Length}");
        }
        if (args.Length > max)
        {
            throw min == max
                ? Errors.TypeError($"{name} expected {max} argument{(max == 1 ? "" : "s")}, got {args.Length}")
                : Errors.TypeError($"{name} expected at most {max} argument{(max == 1 ? "" : "s")}, got {args.Length}");
        }
    }

    public static void NoKeywords(string name, PyTuple? kwnames)
    {
        if (kwnames is { Count: > 0 }) throw Errors.TypeError($"{name}() takes no keyword arguments");
    }

    /// <summary>Splits vectorcall arguments into positional ones and a name → value map of keywords.</summary>
    public static (PyObject[] Positional, Dictionary<string, PyObject> Keywords) Split(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var kwcount = kwnames?.Count ?? 0;
        var positional = args[..(args.Length - kwcount)].ToArray();
        var keywords = new Dictionary<string, PyObject>(StringComparer.Ordinal);
        for (var i = 0; i < kwcount; i++) keywords[((PyStr)kwnames!.Items[i]).Value] = args[args.Length - kwcount + i];
        return (positional, keywords);
    }

    /// <summary>Rejects keywords not in <paramref name="allowed"/> ("'x' is an invalid keyword argument for print()").</summary>
    public static void CheckKeywords(string name, Dictionary<string, PyObject> keywords, params string[] allowed)
    {
        foreach (var k in keywords.Keys)
            if (Array.IndexOf(allowed, k) < 0) throw Errors.TypeError($"'{k}' is an invalid keyword argument for {name}()");
    }
}
