using PyHeap.Language.Compiling;
using PyHeap.Language.Parsing;
using PyHeap.Language.Syntax;
using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;

namespace PyHeap.Runtime.Vm;

/// <summary>
/// One simulated CPython process (PyInterpreterState): its heap, builtins, modules, threads and standard
/// streams. Code runs on a dedicated host thread with a large stack; Python-to-Python calls never recurse on
/// the host stack (the loop switches frames), only re-entries from C# builtins into Python do.
/// </summary>
public sealed partial class Interpreter
{
    [ThreadStatic] private static Interpreter? current;

    private volatile bool interruptRequested;

    /// <summary>Memory was granted past the heap limit: MemoryError at the next instruction boundary.</summary>
    private bool memoryErrorRequested;

    public Interpreter(InterpreterOptions? options = null)
    {
        Options = options ?? new InterpreterOptions();
        TypeSetup.EnsureReady();
        Heap = new Heap(new ObjectAllocator(Options.MemoryProfile, Options.HeapLimitBytes), Options.TrackLiveObjects);
        RecursionLimit = Options.RecursionLimit;
        MainThread = new ThreadState(this, 1);
        Thread = MainThread;
        Threads.Add(MainThread);
        Scheduler = new Threading.Scheduler(this);
        using (Enter())
        {
            Modules = PyDict.New();
            BuiltinsModule = Builtins.BuiltinsModule.Create(this);
            BuiltinsDict = BuiltinsModule.Dict;
            Modules.SetItem("builtins", BuiltinsModule);
            MainModule = PyModule.New("__main__");
            MainModule.Dict.SetItem("__builtins__", BuiltinsModule);
            Modules.SetItem("__main__", MainModule);
            Heap.Finalizer = RunFinalizer;
            AttachGc();
            if (Heap.Allocator is ObjectAllocator allocator) allocator.Exhausted = () => memoryErrorRequested = true;
            // At start-up CPython's object and Exception already have subclasses (their tp_subclasses exist).
            foreach (var t in new[] { Types.Object, ExceptionTypes.BaseException, ExceptionTypes.Exception })
                StaticSubclasses[t] = PyDict.New();
            if (Options.StartupResidue && Heap.Allocator is ObjectAllocator residueAllocator) StartupResidue.Apply(residueAllocator);
        }
    }

    /// <summary>The interpreter running on this host thread.</summary>
    /// <summary>The interpreter on this host thread, if any (the no-GIL hook must ignore other interpreters).</summary>
    internal static Interpreter? CurrentOrNull => current;

    public static Interpreter Current => current ?? throw new SimulatorBugException("no interpreter is running on this thread");

    public InterpreterOptions Options { get; }
    public Heap Heap { get; }
    public ThreadState MainThread { get; }

    /// <summary>Every live thread state, the main thread first (PyInterpreterState.threads).</summary>
    public List<ThreadState> Threads { get; } = [];

    /// <summary>The GIL, the simulated clock and the thread scheduler (Threading/Scheduler.cs).</summary>
    public Threading.Scheduler Scheduler { get; }

    /// <summary>The thread running now.</summary>
    public ThreadState Thread { get; internal set; }

    /// <summary>sys.modules (owned).</summary>
    public PyDict Modules { get; }
    public PyModule BuiltinsModule { get; }
    public PyDict BuiltinsDict { get; }
    public PyModule MainModule { get; }

    public int RecursionLimit { get; set; }

    /// <summary>Objects the interpreter holds a reference to besides its modules (e.g. the last cell result).</summary>
    public List<PyObject> ExtraRoots { get; } = [];

    /// <summary>The keyword-name tuples builtins made on their first call with keywords (owned; getargs.c parser_init).</summary>
    internal Dictionary<string, PyTuple> KeywordTuples { get; } = new(StringComparer.Ordinal);

    /// <summary>atexit registrations (owned), run last first at shutdown.</summary>
    public List<Modules.ExitFunction> ExitFunctions { get; } = [];

    /// <summary>atexit_callfuncs: last registered first; errors are reported and the rest still run.</summary>
    internal void RunExitFunctions()
    {
        while (ExitFunctions.Count > 0)
        {
            var e = ExitFunctions[^1];
            ExitFunctions.RemoveAt(ExitFunctions.Count - 1);
            foreach (var r in e.References()) Heap.TempRoots.Add(r);
            try
            {
                RefCounts.DecRef(CallWithTupleAndDict(e.Function, e.Args, e.Kwargs));
            }
            catch (PyException ex)
            {
                WriteUnraisable(ex.Value, e.Function, "in atexit callback");
            }
            finally
            {
                foreach (var r in e.References()) Heap.TempRoots.Remove(r);
                e.Release();
            }
        }
    }

    /// <summary>tp_subclasses of the static types, per interpreter (static types are shared by every interpreter).</summary>
    internal Dictionary<PyType, PyDict> StaticSubclasses { get; } = new(ReferenceEqualityComparer.Instance);

    public TextWriter Stdout { get; set; } = TextWriter.Null;
    public TextWriter Stderr { get; set; } = TextWriter.Null;

    /// <summary>Reads one line for input() (null at end of input).</summary>
    public Func<string, string?>? ReadLine { get; set; }

    /// <summary>Counts executed instructions (a cheap step counter for limits and benchmarks).</summary>
    public long InstructionCount { get; private set; }

    /// <summary>Asks the running code to stop with KeyboardInterrupt at the next instruction boundary.</summary>
    public void RequestInterrupt() => interruptRequested = true;

    /// <summary>Consumes a pending interrupt (the scheduler raises it in the main thread).</summary>
    internal bool TakeInterrupt()
    {
        if (!interruptRequested) return false;
        interruptRequested = false;
        return true;
    }

    /// <summary>Drops an interrupt that arrived after the code it was meant for had finished.</summary>
    public void CancelInterrupt() => interruptRequested = false;

    /// <summary>input() found no line because of an interrupt: KeyboardInterrupt, as a Ctrl-C during a read gives.</summary>
    internal void ThrowIfInterrupted()
    {
        if (!interruptRequested) return;
        interruptRequested = false;
        throw Errors.NoArgs(ExceptionTypes.KeyboardInterrupt);
    }

    /// <summary>
    /// Set by the host that can rebuild the heap between runs (the notebook kernel): pyheap.set_profile records
    /// the requested profile here and the host switches after the cell. Without one, set_profile refuses.
    /// </summary>
    public bool CanSwitchProfile { get; set; }

    /// <summary>The profile pyheap.set_profile asked for, to be applied (with a fresh heap) after the running cell.</summary>
    public Memory.MemoryProfile? RequestedProfile { get; set; }

    /// <summary>Makes this interpreter (and its heap) current on the calling host thread until disposed.</summary>
    public IDisposable Enter()
    {
        var previousInterpreter = current;
        var previousHeap = Heap.Enter();
        current = this;
        return new Scope(() =>
        {
            current = previousInterpreter;
            Heap.Restore(previousHeap);
        });
    }

    private readonly Dictionary<string, string[]> sources = new(StringComparer.Ordinal);

    /// <summary>
    /// A line of a source this interpreter compiled (linecache), or null. Once shutdown has emptied sys.modules
    /// CPython can no longer import io to read a source line, so tracebacks printed then have none.
    /// </summary>
    public string? GetSourceLine(string fileName, int line) =>
        !ModulesCleared && sources.TryGetValue(fileName, out var lines) && line >= 1 && line <= lines.Length ? lines[line - 1] : null;

    /// <summary>Shutdown has set every sys.modules entry to None (finalize_modules).</summary>
    public bool ModulesCleared { get; private set; }

    /// <summary>Parses and compiles <paramref name="source"/> (SyntaxError becomes a PyException).</summary>
    public PyCode Compile(string source, string fileName, bool interactive = false) => Compile(source, fileName, interactive, null);

    /// <summary>
    /// As <see cref="Compile(string, string, bool)"/>; with <paramref name="arena"/> (the parser arena's object
    /// list, pyarena.c a_objects) every constant written in the source is also appended to it, as CPython's
    /// parser and AST optimizer register the objects they make. The caller keeps the arena while the code runs.
    /// </summary>
    public PyCode Compile(string source, string fileName, bool interactive, PyList? arena)
    {
        sources[fileName] = source.Replace("\r\n", "\n").Split('\n');
        CodeObject code;
        try
        {
            var module = Parser.ParseModule(source, fileName);
            code = Compiler.CompileModule(module, fileName, interactive);
        }
        catch (PySyntaxError e)
        {
            throw SyntaxErrors.ToPython(e);
        }
        var merged = new Dictionary<ConstantValue, PyObject>();
        var result = PyCode.From(code, merged);
        if (arena is null) return result;
        foreach (var constant in code.SourceConstants)
        {
            // Folded-away literals exist only in the arena; MakeConstant finds the merged object otherwise.
            var obj = PyCode.MakeConstant(constant, merged);
            arena.Append(obj);
            RefCounts.DecRef(obj);
        }
        return result;
    }

    /// <summary>Runs a module-level code object in <paramref name="globals"/>; returns its result (owned).</summary>
    public PyObject RunCode(PyCode code, PyDict globals)
    {
        var qualName = PyStr.Intern(code.Name);
        var function = PyFunction.New(code, globals, qualName);
        RefCounts.IncRef(globals);
        var frame = new Frame(function, code, globals, BuiltinsDict, globals);
        RefCounts.IncRef(code);
        return RunFrame(frame);
    }

    private sealed class Scope(Action onDispose) : IDisposable
    {
        public void Dispose() => onDispose();
    }
}
