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
                    result = ExecuteHere(source, fileName, interactive, null, writeTraceback: true);
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
            if (Environment.GetEnvironmentVariable("PYHEAP_DEBUG_HOST") == "1") text += hostFailure.StackTrace + "\n";
            Stderr.Write(text);
            Stderr.Flush();
            return new ExecutionResult(false, null, "SystemError", hostFailure.Message, text);
        }
        return result!;
    }

    /// <summary>
    /// Runs a notebook cell on the calling thread, which must have entered this interpreter (<see cref="Enter"/>)
    /// and have a deep stack. A trailing expression's value, unless None, goes to <paramref name="displayHook"/>
    /// (borrowed) as sys.displayhook gets it; an uncaught exception's traceback is returned, not written.
    /// </summary>
    public ExecutionResult RunCell(string source, string fileName, Action<PyObject> displayHook) =>
        ExecuteHere(source, fileName, interactive: true, displayHook, writeTraceback: false);

    private ExecutionResult ExecuteHere(string source, string fileName, bool interactive, Action<PyObject>? displayHook, bool writeTraceback)
    {
        // pyrun_file / PyRun_StringFlags: the parser arena (its object list holds every constant of the source)
        // lives until the module has run (IPython's cell AST does the same for a notebook cell).
        PyList? arena = PyList.New();
        Heap.TempRoots.Add(arena);
        try
        {
            var code = Compile(source, fileName, interactive, arena);
            PyObject value;
            try
            {
                using (Heap.Hold(code)) value = RunCode(code, MainModule.Dict); // run_mod's C local
            }
            finally
            {
                RefCounts.DecRef(code);
                Heap.TempRoots.Remove(arena);
                RefCounts.DecRef(arena); // _PyArena_Free
                arena = null;
            }
            string? repr = null;
            try
            {
                if (interactive && value is not PyNone)
                {
                    if (displayHook is not null) displayHook(value);
                    else repr = Abstract.ReprString(value);
                }
            }
            finally
            {
                RefCounts.DecRef(value);
            }
            Stdout.Flush();
            return ExecutionResult.Success(repr);
        }
        catch (PyException e) when (writeTraceback && e.Value.Type.IsSubtypeOf(ExceptionTypes.SystemExit))
        {
            Stdout.Flush();
            return ExitStatus(e.Value);
        }
        catch (PyException e)
        {
            Stdout.Flush();
            var traceback = e.Value.Type.IsSubtypeOf(ExceptionTypes.SyntaxError)
                ? SyntaxErrorPrinter.Format(e.Value)
                : TracebackPrinter.Format(e.Value);
            if (writeTraceback)
            {
                Stderr.Write(traceback);
                Stderr.Flush();
            }
            var message = ErrorText(e.Value);
            var type = e.Value.Type.Name;
            RefCounts.DecRef(e.Value);
            return new ExecutionResult(false, null, type, message, traceback);
        }
        finally
        {
            if (arena is not null) // compilation failed
            {
                Heap.TempRoots.Remove(arena);
                RefCounts.DecRef(arena);
            }
        }
    }

    /// <summary>
    /// Python/pythonrun.c: handle_system_exit — SystemExit's code: None is 0, an int is the status, anything
    /// else is printed to stderr and gives 1. No traceback is printed.
    /// </summary>
    private ExecutionResult ExitStatus(PyBaseException e)
    {
        var code = e.Args.Count switch { 0 => PyNone.None, 1 => e.Args.Items[0], _ => e.Args };
        int status;
        if (code is PyNone) status = 0;
        else if (code is PyInt i && !i.IsBig) status = (int)(i.Value & 0xff); // the OS keeps the low byte
        else
        {
            Stderr.Write(ErrorText(e) + "\n");
            Stderr.Flush();
            status = 1;
        }
        RefCounts.DecRef(e);
        return new ExecutionResult(status == 0, null, "SystemExit", null, null) { ExitCode = status };
    }

    /// <summary>str(exc) as the traceback's last line shows it; the args when __str__ itself fails.</summary>
    private static string ErrorText(PyBaseException e)
    {
        try
        {
            return Abstract.StrString(e);
        }
        catch (PyException failure)
        {
            RefCounts.DecRef(failure.Value);
            return Errors.SafeStr(e);
        }
    }

    /// <summary>
    /// Interpreter shutdown (Python/pylifecycle.c: Py_FinalizeEx, finalize_modules): a full collection while every
    /// module is in place (it reorders the collector's lists), then every sys.modules entry is set to None, in
    /// order — <c>__main__</c> dies there, and its dict with it unless a cycle (a function's globals) holds it —
    /// then a last collection finds what was left in cycles and finalizes it in list order. A module still alive
    /// after that has its dict cleared like _PyModule_ClearDict: single-underscore names first, then the rest.
    /// </summary>
    public void FinalizeMain()
    {
        var thread = new System.Threading.Thread(() =>
        {
            using (Enter())
            {
                try
                {
                    WaitForThreadShutdown(); // wait_for_thread_shutdown: threading._shutdown joins non-daemon threads
                    RunExitFunctions(); // _PyAtExit_Call, with every module still in place
                    if (Heap.Gc.Enabled) Heap.Gc.Collect(Gc.GcState.NumGenerations - 1);
                    var alive = new List<PyWeakReference>();
                    ModulesCleared = true; // io comes before __main__ in CPython's sys.modules
                    ReleaseMainModule();
                    foreach (var (key, value) in Modules.Pairs().ToList())
                    {
                        if (value is PyModule m && m.SupportsWeakrefs)
                        {
                            var wr = Builtins.WeakRefs.New(Builtins.WeakRefTypes.Ref, m, null);
                            alive.Add(wr);
                            Heap.TempRoots.Add(wr); // finalize_modules' weaklist
                        }
                        Modules.SetItem(key, PyNone.None);
                    }
                    Modules.Clear();
                    Heap.Gc.CollectNoFail();
                    foreach (var wr in alive)
                    {
                        if (wr.Target is PyModule { Name: "__main__" } main)
                        {
                            ClearPass(main.Dict, key => key.Length > 1 && key[0] == '_' && key[1] != '_');
                            ClearPass(main.Dict, key => key != "__builtins__");
                        }
                        Heap.TempRoots.Remove(wr);
                        RefCounts.DecRef(wr);
                    }
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

    /// <summary>
    /// Python/pylifecycle.c: wait_for_thread_shutdown — if threading was imported, call threading._shutdown(), which
    /// waits for every non-daemon thread; an error there is unraisable.
    /// </summary>
    private void WaitForThreadShutdown()
    {
        if (Modules.GetItemOrNull(PyStr.Intern("threading")) is not PyModule threading) return;
        if (threading.Dict.GetItemOrNull(PyStr.Intern("_shutdown")) is not { } shutdown) return;
        RefCounts.IncRef(shutdown);
        try
        {
            RefCounts.DecRef(CallObject(shutdown, []));
        }
        catch (PyException e)
        {
            WriteUnraisable(e.Value, shutdown);
        }
        finally
        {
            RefCounts.DecRef(shutdown);
        }
    }

    /// <summary>The interpreter stops holding <c>__main__</c> (CPython's interpreter state never does).</summary>
    private void ReleaseMainModule()
    {
        if (MainModuleReleased) return;
        MainModuleReleased = true;
        RefCounts.DecRef(MainModule);
    }

    /// <summary>True after shutdown dropped the interpreter's reference to <c>__main__</c>.</summary>
    public bool MainModuleReleased { get; private set; }

    private static void ClearPass(PyDict dict, Func<string, bool> select)
    {
        foreach (var (key, _) in dict.Pairs().ToList())
        {
            if (key is PyStr s && select(s.Value) && dict.GetItemOrNull(key) is not PyNone and not null)
                dict.SetItem(key, PyNone.None);
        }
    }
}
