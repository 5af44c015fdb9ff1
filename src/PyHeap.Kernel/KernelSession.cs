using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Kernel;

/// <summary>
/// The host-neutral notebook session (DESIGN.md): one persistent simulated CPython process that runs cells the
/// way IPython does, and answers completion, inspection, is-complete and history requests.
/// Threading: every method but <see cref="Interrupt"/> is called by one host thread at a time (Jupyter's shell
/// channel is serial); <see cref="Interrupt"/> may be called from any thread. All interpreter work runs on
/// the session's own interpreter thread.
/// </summary>
public sealed partial class KernelSession : IDisposable
{
    private const int InterpreterStackBytes = 512 * 1024 * 1024;
    private readonly KernelSessionOptions options;
    private readonly InterpreterThread thread = new(InterpreterStackBytes);
    private readonly CellOutput output = new();
    private readonly HistoryStore history;
    private readonly object runGate = new();
    private Interpreter interp;
    private bool running;
    private CancellationTokenSource? inputCancel;
    private ExecuteRequest? current;
    private IKernelFrontend? frontend;

    public KernelSession(KernelSessionOptions? options = null)
    {
        this.options = options ?? new KernelSessionOptions();
        history = new HistoryStore(this.options.HistorySession, this.options.HistoryFile);
        BuiltinMagics.RegisterAll(Magics);
        ViewMagics.RegisterAll(Magics);
        interp = thread.Run(() => CreateInterpreter(this.options.Profile));
    }

    /// <summary>PyHeap's version, for kernel_info's implementation_version and <c>pyheap --version</c>.</summary>
    public static string ImplementationVersion => typeof(KernelSession).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    /// <summary>kernel_info's banner.</summary>
    public string Banner =>
        $"PyHeap {ImplementationVersion}: Python 3.11 on a simulated CPython 3.11 heap\n"
        + ProfileText.Describe(Profile) + "\nType %lsmagic for the magics; name? inspects a name's memory.";

    /// <summary>The number the next counted cell gets, as IPython's <c>execution_count</c> (1 before the first cell): execute_input carries it.</summary>
    public int ExecutionCount { get; private set; } = 1;

    /// <summary>The magics this session knows (the views register theirs here).</summary>
    public MagicRegistry Magics { get; } = new();

    /// <summary>The simulated process (replaced when %profile resets the heap). Touch it only through <see cref="Run{T}"/>.</summary>
    public Interpreter Interpreter => interp;

    /// <summary>The active memory profile.</summary>
    public MemoryProfile Profile => (interp.Heap.Allocator as ObjectAllocator)?.Profile ?? MemoryProfile.Python311;

    /// <summary>Runs <paramref name="work"/> on the interpreter thread with the interpreter entered (for views and tests).</summary>
    public T Run<T>(Func<Interpreter, T> work) => thread.Run(() =>
    {
        using (interp.Enter()) return work(interp);
    });

    /// <summary>Runs one cell; output goes to <paramref name="frontend"/> while it runs. Never throws for user errors.</summary>
    public CellResult Execute(ExecuteRequest request, IKernelFrontend frontend)
    {
        var counted = request.StoreHistory && !request.Silent;
        var number = ExecutionCount;
        lock (runGate)
        {
            running = true;
            inputCancel = new CancellationTokenSource();
            current = request;
            this.frontend = frontend;
        }
        output.Frontend = request.Silent ? null : frontend;
        try
        {
            var result = thread.Run(() => RunCell(request, counted, number));
            if (interp.RequestedProfile is { } profile)
            {
                interp = thread.Run(() => CreateInterpreter(profile));
                output.Stdout.Write($"The simulated heap was reset: {ProfileText.Describe(profile)}. Every name is gone.\n");
            }
            return result;
        }
        finally
        {
            lock (runGate)
            {
                running = false;
                interp.CancelInterrupt();
                inputCancel?.Dispose();
                inputCancel = null;
                current = null;
                this.frontend = null;
            }
            output.FlushAll();
            output.Frontend = null;
            if (counted) ExecutionCount++;
        }
    }

    /// <summary>Interrupts the running cell (KeyboardInterrupt at the next instruction boundary, or in a pending input()); no-op when idle.</summary>
    public void Interrupt()
    {
        lock (runGate)
        {
            if (!running) return;
            interp.RequestInterrupt();
            inputCancel?.Cancel();
        }
    }

    public CompletionResult Complete(string code, int cursorPos) => Run(i => Completer.Complete(i, Magics, code, cursorPos));

    public InspectionResult Inspect(string code, int cursorPos, int detailLevel)
    {
        var name = NameAt(code, cursorPos);
        if (name.Length == 0) return new InspectionResult(false, null);
        var report = Run(i => Inspector.Describe(i, name));
        return report is null ? new InspectionResult(false, null) : new InspectionResult(true, DisplayBundle.PlainText(report));
    }

    public IsCompleteResult IsComplete(string code) => IsCompleteChecker.Check(code);

    public IReadOnlyList<HistoryEntry> History(HistoryRequest request) => history.Query(request);

    public void Dispose()
    {
        output.Dispose();
        thread.Dispose();
    }

    /// <summary>The dotted name around the cursor (IPython inspects the name the cursor is in or just after).</summary>
    private static string NameAt(string code, int cursor)
    {
        cursor = Math.Clamp(cursor, 0, code.Length);
        var start = cursor;
        while (start > 0 && (char.IsLetterOrDigit(code[start - 1]) || code[start - 1] is '_' or '.')) start--;
        var end = cursor;
        while (end < code.Length && (char.IsLetterOrDigit(code[end]) || code[end] == '_')) end++;
        return code[start..end].Trim('.');
    }
}
