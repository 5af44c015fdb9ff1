using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Tests.Vm;

/// <summary>Runs a snippet on a fresh interpreter and captures what it printed.</summary>
internal static class Run
{
    public static (string Stdout, string Stderr, ExecutionResult Result, Interpreter Interpreter) Code(string source, InterpreterOptions? options = null)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var interp = new Interpreter(options ?? new InterpreterOptions()) { Stdout = stdout, Stderr = stderr };
        var result = interp.Execute(source, "test.py");
        return (stdout.ToString(), stderr.ToString(), result, interp);
    }

    public static string Output(string source) => Code(source).Stdout;
}
