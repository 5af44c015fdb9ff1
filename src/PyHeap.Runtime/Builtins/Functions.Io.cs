using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Modules;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>print and input.</summary>
public static partial class Functions
{
    private static readonly string[] PrintKeywords = ["sep", "end", "file", "flush"];

    /// <summary>
    /// builtin_print_impl: writes str(arg), sep and end through file.write one piece at a time (file=None is
    /// sys.stdout); flush=True calls file.flush().
    /// </summary>
    private static PyObject Print(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var (pos, kw) = NativeArgs.Split(args, kwnames);
        NativeArgs.CheckKeywords("print", kw, PrintKeywords);
        // 3.11's print is Argument Clinic with *args: _PyArg_UnpackKeywordsWithVararg initializes the parser (its
        // keyword tuple) on the first call, with or without keywords, and packs the positional arguments.
        KeywordParsers.Touch("print", PrintKeywords);
        var packed = PyTuple.FromBorrowed(pos);
        using var heldArgs = Heap.Current.Hold(packed);
        try
        {
            return PrintPacked(pos, kw);
        }
        finally
        {
            RefCounts.DecRef(packed);
        }
    }

    private static PyObject PrintPacked(PyObject[] pos, Dictionary<string, PyObject> kw)
    {
        PyObject? Text(string name)
        {
            if (!kw.TryGetValue(name, out var v) || v is PyNone) return null;
            return v is PyStr ? v : throw Errors.TypeError($"{name} must be None or a string, not {v.Type.Name}");
        }
        var file = kw.GetValueOrDefault("file");
        if (file is null or PyNone) file = SysModule.StandardStream("stdout");
        if (file is null or PyNone) return PyNone.None;
        var sep = Text("sep");
        var end = Text("end");
        for (var i = 0; i < pos.Length; i++)
        {
            if (i > 0) WriteString(file, sep, " ");
            var s = Abstract.Str(pos[i]);
            try
            {
                WriteObject(file, s);
            }
            finally
            {
                RefCounts.DecRef(s);
            }
        }
        WriteString(file, end, "\n");
        if (kw.TryGetValue("flush", out var flush) && Abstract.IsTrue(flush))
            RefCounts.DecRef(Interpreter.Current.CallMethod(file, "flush", []));
        return PyNone.None;
    }

    private static void WriteString(PyObject file, PyObject? text, string dflt)
    {
        if (text is not null)
        {
            WriteObject(file, text);
            return;
        }
        var s = PyStr.From(dflt);
        try
        {
            WriteObject(file, s);
        }
        finally
        {
            RefCounts.DecRef(s);
        }
    }

    /// <summary>PyFile_WriteObject(s, file, Py_PRINT_RAW): file.write(s), result discarded.</summary>
    internal static void WriteObject(PyObject file, PyObject s)
    {
        if (file is StdStream std)
        {
            std.Write(((PyStr)s).Value);
            return;
        }
        var write = Abstract.GetAttr(file, "write");
        try
        {
            RefCounts.DecRef(Interpreter.Current.CallObject(write, [s]));
        }
        finally
        {
            RefCounts.DecRef(write);
        }
    }

    /// <summary>builtin_input_impl: writes the prompt to stdout, reads a line without its newline.</summary>
    private static PyObject Input(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        NativeArgs.Range("input", args, kw, 0, 1);
        var interp = Interpreter.Current;
        var prompt = "";
        if (args.Length == 1)
        {
            var p = Abstract.Str(args[0]);
            prompt = p.Value;
            RefCounts.DecRef(p);
            // The host's ReadLine writes the prompt to the real stdout; a replaced sys.stdout gets it written here.
            var stdout = SysModule.StandardStream("stdout");
            if (stdout is not null and not PyNone and not StdStream)
            {
                var ps = PyStr.From(prompt);
                try
                {
                    WriteObject(stdout, ps);
                }
                finally
                {
                    RefCounts.DecRef(ps);
                }
                prompt = "";
            }
        }
        var line = interp.ReadLine?.Invoke(prompt);
        if (line is null)
        {
            interp.ThrowIfInterrupted();
            throw Errors.New(ExceptionTypes.EOFError, "EOF when reading a line");
        }
        if (line.EndsWith('\n')) line = line[..^1];
        return PyStr.From(line);
    }
}
