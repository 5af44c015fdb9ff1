using PyHeap.Language.Compiling;
using PyHeap.Language.Parsing;
using PyHeap.Language.Syntax;
using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;

namespace PyHeap.Runtime.Vm;

/// <summary>compile(), exec() and eval() of strings: Python/pythonrun.c's PyRun_StringFlags and Py_CompileString.</summary>
public sealed partial class Interpreter
{
    /// <summary>
    /// Compiles run-time source in mode "exec" or "eval" (one expression, whose value the code returns). The source
    /// is not kept for tracebacks: CPython's linecache cannot read "&lt;string&gt;" either.
    /// </summary>
    public PyCode CompileString(string source, string fileName, string mode)
    {
        CodeObject code;
        try
        {
            var module = mode == "eval" ? Parser.ParseEvalInput(source, fileName) : Parser.ParseModule(source, fileName);
            code = Compiler.CompileModule(module, fileName, interactive: mode == "eval");
        }
        catch (PySyntaxError e)
        {
            throw SyntaxErrors.ToPython(e);
        }
        return PyCode.From(code);
    }

    /// <summary>PyEval_EvalCode: runs a module-level code object with its own locals mapping; returns its result (owned).</summary>
    public PyObject RunCode(PyCode code, PyDict globals, PyObject locals, PyDict builtins)
    {
        var function = PyFunction.New(code, globals, PyStr.Intern(code.Name));
        RefCounts.IncRef(locals); // f_locals is owned; f_globals and f_builtins are borrowed, as in RunCode
        var frame = new Frame(function, code, globals, builtins, locals);
        RefCounts.IncRef(code);
        return RunFrame(frame);
    }
}
