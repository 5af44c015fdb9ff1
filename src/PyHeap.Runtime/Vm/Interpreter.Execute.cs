using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;

namespace PyHeap.Runtime.Vm;

public sealed partial class Interpreter
{
    /// <summary>
    /// Runs <paramref name="source"/> in <c>__main__</c> on a host thread with a deep stack. An uncaught
    /// exception is reported in the result (its traceback is also written to <see cref="Stderr"/>); nothing
    /// the interpreter had is lost. With <paramref name="interactive"/>, a trailing expression's value is returned.
    /// </summary>
    public ExecutionResult Execute(string source, string fileName = "<string>", bool interactive = false) =>
        Execute(source, fileName, interactive, Timeout.InfiniteTimeSpan);

    /// <summary>
    /// As <see cref="Execute(string, string, bool)"/>, but after <paramref name="timeLimit"/> the run is interrupted
    /// (KeyboardInterrupt at the next instruction boundary), as a step limit for tests and the kernel.
    /// </summary>
    public ExecutionResult Execute(string source, string fileName, bool interactive, TimeSpan timeLimit)
    {
        ExecutionResult? result = null;
        Exception? hostFailure = null;
        var thread = new System.Threading.Thread(() =>
        {
            try
            {
                using (Enter())
                {
                    result = ExecuteHere(source, fileName, interactive);
                }
            }
            catch (Exception e)
            {
                hostFailure = e;
            }
        }, Options.HostStackBytes) { IsBackground = true };
        thread.Start();
        if (!thread.Join(timeLimit))
        {
            RequestInterrupt();
            if (!thread.Join(TimeSpan.FromSeconds(10)))
                return new ExecutionResult(false, null, "SystemError", "the run did not stop after an interrupt", "SystemError: the run did not stop after an interrupt\n");
        }
        if (hostFailure is not null)
        {
            var text = $"SystemError: PyHeap internal error: {hostFailure.GetType().Name}: {hostFailure.Message}\n";
            Stderr.Write(text);
            Stderr.Flush();
            return new ExecutionResult(false, null, "SystemError", hostFailure.Message, text);
        }
        return result!;
    }

    private ExecutionResult ExecuteHere(string source, string fileName, bool interactive)
    {
        try
        {
            var code = Compile(source, fileName, interactive);
            PyObject value;
            try
            {
                value = RunCode(code, MainModule.Dict);
            }
            finally
            {
                RefCounts.DecRef(code);
            }
            string? repr = null;
            if (interactive && value is not PyNone) repr = Abstract.ReprString(value);
            RefCounts.DecRef(value);
            Stdout.Flush();
            return ExecutionResult.Success(repr);
        }
        catch (PyException e)
        {
            Stdout.Flush();
            var traceback = e.Value.Type.IsSubtypeOf(ExceptionTypes.SyntaxError)
                ? SyntaxErrorPrinter.Format(e.Value)
                : TracebackPrinter.Format(e.Value);
            Stderr.Write(traceback);
            Stderr.Flush();
            var message = Errors.SafeStr(e.Value);
            var type = e.Value.Type.Name;
            RefCounts.DecRef(e.Value);
            return new ExecutionResult(false, null, type, message, traceback);
        }
    }

    /// <summary>
    /// Interpreter shutdown for <c>__main__</c> (Objects/moduleobject.c: _PyModule_ClearDict): globals are set to
    /// None in insertion order — single-underscore names first — so finalizers run as CPython runs them at exit.
    /// </summary>
    public void FinalizeMain()
    {
        var thread = new System.Threading.Thread(() =>
        {
            using (Enter())
            {
                try
                {
                    var dict = MainModule.Dict;
                    ClearPass(dict, key => key.Length > 1 && key[0] == '_' && key[1] != '_');
                    ClearPass(dict, key => key != "__builtins__");
                }
                catch (PyException e)
                {
                    RefCounts.DecRef(e.Value);
                }
                Stdout.Flush();
                Stderr.Flush();
            }
        }, Options.HostStackBytes);
        thread.Start();
        thread.Join();
    }

    private static void ClearPass(PyDict dict, Func<string, bool> select)
    {
        foreach (var (key, _) in dict.Pairs().ToList())
        {
            if (key is PyStr s && select(s.Value) && dict.GetItemOrNull(key) is not PyNone and not null)
                dict.SetItem(key, PyNone.None);
        }
    }
}
