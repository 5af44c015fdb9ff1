using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>
/// Python/getargs.c: parser_init. In 3.11 a builtin that parses keyword arguments (Argument Clinic's static
/// _PyArg_Parser) makes its tuple of keyword names the first time it is called with keywords, and keeps it for
/// the life of the process: one GC allocation that <c>gc.get_count()</c> sees (a tuple of str, so the next
/// collection untracks it).
/// </summary>
public static class KeywordParsers
{
    /// <summary>Call when <paramref name="function"/> is called with keyword arguments.</summary>
    public static void Touch(string function, string[] keywords)
    {
        var tuples = Interpreter.Current.KeywordTuples;
        if (tuples.ContainsKey(function)) return;
        var names = new PyObject[keywords.Length];
        for (var i = 0; i < names.Length; i++) names[i] = RefCounts.NewRef<PyObject>(PyStr.Intern(keywords[i]));
        tuples[function] = PyTuple.Steal(names);
    }
}
