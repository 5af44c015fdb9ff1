using System.Text;
using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>compile, exec and eval (Python/bltinmodule.c): run-time source runs on the simulated heap like any other.</summary>
public static partial class Functions
{
    private static PyObject Compile(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var a = ClinicArgs.Parse("compile", args, kw, ["source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"], 3);
        var mode = a[2] is PyStr m ? m.Value : throw Errors.TypeError($"compile() argument 'mode' must be str, not {a[2]!.Type.Name}");
        if (mode is not ("exec" or "eval" or "single")) throw Errors.ValueError("compile() mode must be 'exec', 'eval' or 'single'");
        var fileName = a[1] switch
        {
            PyStr s => s.Value,
            PyBytes b => Encoding.UTF8.GetString(b.Value),
            var other => throw Errors.TypeError($"compile() argument 'filename' must be str, bytes or os.PathLike, not {other!.Type.Name}"),
        };
        if (mode == "single") throw Errors.NotImplementedError("PyHeap does not support compile() in 'single' mode");
        var source = SourceText(a[0]!) ?? throw Errors.TypeError("compile() arg 1 must be a string, bytes or AST object");
        return Interpreter.Current.CompileString(source, fileName, mode);
    }

    private static PyObject Exec(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        // exec(source, globals=None, locals=None, /, *, closure=None)
        var nkw = kw?.Items.Length ?? 0;
        var positional = args.Length - nkw;
        if (positional > 3) throw Errors.TypeError($"exec() takes at most 3 positional arguments ({positional} given)");
        for (var k = 0; k < nkw; k++)
        {
            var key = ((PyStr)kw!.Items[k]).Value;
            if (key != "closure") throw Errors.TypeError($"exec() got an unexpected keyword argument '{key}'");
            if (args[positional + k] is not PyNone) throw Errors.NotImplementedError("PyHeap does not support exec() with a closure");
        }
        if (positional == 0) throw Errors.TypeError("exec() missing required argument 'source' (pos 1)");
        var a = new PyObject?[3];
        for (var i = 0; i < positional; i++) a[i] = args[i];
        if (a[1] is not null and not PyNone && a[1] is not PyDict)
            throw Errors.TypeError($"exec() globals must be a dict, not {a[1]!.Type.Name}");
        var (globals, locals, builtins) = Namespaces("exec", a[1], a[2]);
        var code = a[0] as PyCode ?? Interpreter.Current.CompileString(
            SourceText(a[0]!) ?? throw Errors.TypeError("exec() arg 1 must be a string, bytes or code object"), "<string>", "exec");
        try
        {
            RefCounts.DecRef(Interpreter.Current.RunCode(code, globals, locals, builtins));
        }
        finally
        {
            if (a[0] is not PyCode) RefCounts.DecRef(code);
        }
        return PyNone.None;
    }

    private static PyObject Eval(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (kw is not null && kw.Items.Length > 0) throw Errors.TypeError("eval() takes no keyword arguments");
        if (args.Length == 0) throw Errors.TypeError("eval expected at least 1 argument, got 0");
        if (args.Length > 3) throw Errors.TypeError($"eval expected at most 3 arguments, got {args.Length}");
        var g = args.Length > 1 ? args[1] : null;
        var l = args.Length > 2 ? args[2] : null;
        if (g is not null and not PyNone && g is not PyDict)
            throw Errors.TypeError(IsMapping(g) ? "globals must be a real dict; try eval(expr, {}, mapping)" : "globals must be a dict");
        var (globals, locals, builtins) = Namespaces("eval", g, l);
        PyCode code;
        if (args[0] is PyCode given) code = given;
        else
        {
            // builtin_eval_impl strips leading spaces and tabs (exec does not).
            var text = SourceText(args[0]) ?? throw Errors.TypeError("eval() arg 1 must be a string, bytes or code object");
            code = Interpreter.Current.CompileString(text.TrimStart(' ', '\t'), "<string>", "eval");
        }
        try
        {
            return Interpreter.Current.RunCode(code, globals, locals, builtins);
        }
        finally
        {
            if (args[0] is not PyCode) RefCounts.DecRef(code);
        }
    }

    /// <summary>PyMapping_Check: the type has mp_subscript (a list passes too, as in CPython).</summary>
    private static bool IsMapping(PyObject o) => o.Type.GetItem is not null;

    private static string? SourceText(PyObject source) => source switch
    {
        PyStr s => s.Value,
        PyBytes b => Encoding.UTF8.GetString(b.Value),
        _ => null,
    };

    /// <summary>
    /// The globals, locals and builtins the code runs with: the caller's by default; a given globals dict gets
    /// '__builtins__' (the caller's builtins dict) if it has none, as builtin_exec_impl does.
    /// </summary>
    private static (PyDict Globals, PyObject Locals, PyDict Builtins) Namespaces(string who, PyObject? g, PyObject? l)
    {
        if (g is PyNone) g = null;
        if (l is PyNone) l = null;
        if (l is not null && !IsMapping(l))
            throw Errors.TypeError(who == "exec" ? $"locals must be a mapping or None, not {l.Type.Name}" : "locals must be a mapping");
        var frame = CurrentFrame();
        if (g is null)
        {
            var callerLocals = l ?? FrameLocals(frame);
            return (frame.Globals, callerLocals, frame.Builtins);
        }
        var globals = (PyDict)g;
        var builtinsName = PyStr.Intern("__builtins__");
        var builtins = globals.GetItemOrNull(builtinsName) switch
        {
            PyModule m => m.Dict,
            PyDict d => d,
            null => Inserted(globals, builtinsName, frame.Builtins),
            _ => frame.Builtins,
        };
        return (globals, l ?? globals, builtins);
    }

    private static PyDict Inserted(PyDict globals, PyStr name, PyDict builtins)
    {
        globals.SetItem(name, builtins);
        return builtins;
    }
}
