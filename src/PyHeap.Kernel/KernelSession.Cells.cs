using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Modules;
using PyHeap.Runtime.Vm;
using PyHeap.Visuals;

namespace PyHeap.Kernel;

public sealed partial class KernelSession
{
    /// <summary>Runs on the interpreter thread: transform, cache the input, run, format the result.</summary>
    private CellResult RunCell(ExecuteRequest request, bool counted, int number)
    {
        using (interp.Enter())
        {
            var ns = interp.MainModule.Dict;
            var source = CellTransformer.Transform(request.Code);
            if (counted)
            {
                OutputCache.StoreInput(ns, number, request.Code);
                history.Add(number, request.Code);
            }
            DisplayBundle? resultBundle = null;
            var fileName = counted || request.Silent ? $"Cell In[{number}]" : $"Cell In[{number}]";
            var run = interp.RunCell(source, fileName, value =>
            {
                resultBundle = MimeFormatter.Format(interp, value);
                if (!counted) return;
                OutputCache.StoreOutput(ns, number, value);
                history.SetOutput(number, resultBundle.Data["text/plain"]?.ToString() ?? "");
            });
            if (counted) Visuals.Gc.GcTimeline.For(interp).Mark($"In [{number}]");
            var reported = request.Silent ? null : resultBundle;
            var expressions = UserExpressions(request);
            if (run.Ok) return new CellResult(ExecuteStatus.Ok, number) { Result = reported, UserExpressions = expressions };
            return new CellResult(ExecuteStatus.Error, number)
            {
                Result = reported,
                ErrorName = run.ErrorType,
                ErrorValue = run.ErrorMessage ?? "",
                Traceback = TracebackLines(run),
                UserExpressions = expressions,
            };
        }
    }

    /// <summary>A traceback as Jupyter's list of lines; a UsageError shows only its message, as IPython shows it.</summary>
    private static IReadOnlyList<string> TracebackLines(ExecutionResult run)
    {
        if (run.ErrorType == "UsageError") return [$"UsageError: {run.ErrorMessage}"];
        // IPython does not end the kernel for SystemExit: it reports it without the traceback.
        if (run.ErrorType == "SystemExit") return ["An exception has occurred, use %tb to see the full traceback.", "", $"SystemExit: {run.ErrorMessage}"];
        var text = (run.Traceback ?? "").TrimEnd('\n');
        return text.Length == 0 ? [$"{run.ErrorType}: {run.ErrorMessage}"] : text.Split('\n');
    }

    private Dictionary<string, UserExpressionResult> UserExpressions(ExecuteRequest request)
    {
        var results = new Dictionary<string, UserExpressionResult>();
        foreach (var (name, expression) in request.UserExpressions)
        {
            DisplayBundle? bundle = null;
            var run = interp.RunCell(expression, "<user_expression>", value => bundle = MimeFormatter.Format(interp, value));
            results[name] = run.Ok
                ? new UserExpressionResult(bundle ?? DisplayBundle.PlainText("None"))
                : new UserExpressionResult(null, run.ErrorType, run.ErrorMessage ?? "", TracebackLines(run));
        }
        return results;
    }

    /// <summary>A fresh simulated process with IPython's namespace and display functions.</summary>
    private Interpreter CreateInterpreter(MemoryProfile profile)
    {
        var created = new Interpreter(new InterpreterOptions { TrackLiveObjects = options.TrackLiveObjects, MemoryProfile = profile })
        {
            Stdout = output.Stdout,
            Stderr = output.Stderr,
            ReadLine = ReadLine,
            CanSwitchProfile = true,
        };
        created.RegisterModule("_pyheap_kernel", _ => KernelModule.Create(this));
        created.RegisterModule("IPython.display", IPythonModules.CreateDisplay);
        created.RegisterModule("IPython", IPythonModules.CreatePackage);
        created.RegisterModule("pyheap", i =>
        {
            var module = PyheapModule.Create(i);
            ViewFunctions.Install(module, ShowView);
            return module;
        });
        using (created.Enter())
        {
            Visuals.Gc.GcTimeline.For(created); // every collection of the session, for %gc
            var display = created.ImportModule("IPython.display");
            try
            {
                var module = (PyModule)display;
                // IPython puts display() in builtins and get_ipython() in the user namespace.
                created.BuiltinsDict.SetItem("display", module.Dict.GetItemOrNull("display")!);
                OutputCache.Install(created.MainModule.Dict, module.Dict.GetItemOrNull("get_ipython")!);
            }
            finally
            {
                RefCounts.DecRef(display);
            }
        }
        return created;
    }

    /// <summary>%reset: the user namespace back to a fresh one (IPython's reset also empties Out and collects).</summary>
    internal void ResetNamespace()
    {
        var ns = interp.MainModule.Dict;
        var keep = new HashSet<string> { "__name__", "__doc__", "__package__", "__loader__", "__spec__", "__builtins__" };
        foreach (var (key, _) in ns.Pairs().ToList())
            if (key is not PyStr s || !keep.Contains(s.Value)) ns.DelItem(key);
        var display = (PyModule)interp.Modules.GetItemOrNull("IPython.display")!;
        OutputCache.Install(ns, display.Dict.GetItemOrNull("get_ipython")!);
        interp.Heap.Gc.Collect(Runtime.Gc.GcState.NumGenerations - 1);
    }

    /// <summary>input(): asks the client through the host when it allows stdin (IPython's raw_input).</summary>
    private string? ReadLine(string prompt)
    {
        IKernelFrontend? target;
        CancellationToken token;
        lock (runGate)
        {
            if (current is not { AllowStdin: true } || frontend is null)
                throw Errors.New(IPythonModules.ErrorType(interp, "StdinNotImplementedError"), "raw_input was called, but this frontend does not support input requests.");
            target = frontend;
            token = inputCancel?.Token ?? CancellationToken.None;
        }
        output.FlushAll();
        return target.RequestInput(prompt, false, token);
    }

    /// <summary>A question from a magic (%reset's "Proceed (y/[n])?").</summary>
    internal string? AskUser(string prompt) => ReadLine(prompt);

    internal void Publish(DisplayBundle bundle, bool update) => output.Display(bundle, update);

    /// <summary>Displays a view's bundle in the running cell's output.</summary>
    internal void ShowView(ViewBundle view) => output.Display(new DisplayBundle(view.ToMimeData(), []), false);

    internal void ClearOutput(bool wait) => output.Clear(wait);

    /// <summary>get_ipython().run_line_magic / run_cell_magic; a usage problem becomes IPython's UsageError.</summary>
    internal PyObject RunMagic(string name, bool isCellMagic, string line, string? cell)
    {
        var magic = Magics.Find(name, isCellMagic);
        var usageError = IPythonModules.ErrorType(interp, "UsageError");
        if (magic is null)
            throw Errors.New(usageError, isCellMagic ? $"Cell magic `%%{name}` not found." : $"Line magic function `%{name}` not found.");
        try
        {
            return magic.Run(new MagicContext(interp, this, line, cell));
        }
        catch (MagicUsageException e)
        {
            throw Errors.New(usageError, e.Message);
        }
    }
}
