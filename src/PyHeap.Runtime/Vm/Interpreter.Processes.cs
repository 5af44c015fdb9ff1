using PyHeap.Runtime.Processes;

namespace PyHeap.Runtime.Vm;

public sealed partial class Interpreter
{
    private SimulatedMachine? machine;

    /// <summary>The simulated machine this process runs on (its CPUs and the processes placed on them); children share it.</summary>
    public SimulatedMachine Machine => machine ??= new SimulatedMachine();

    /// <summary>multiprocessing.current_process().name: MainProcess, or the child's name (Process-1, ForkPoolWorker-2 …).</summary>
    public string ProcessName { get; private set; } = "MainProcess";

    /// <summary>The simulated process id (deterministic: the main process is <see cref="SimulatedMachine.MainPid"/>).</summary>
    public int Pid { get; private set; } = SimulatedMachine.MainPid;

    /// <summary>The parent's process id (null in the main process).</summary>
    public int? ParentPid { get; private set; }

    /// <summary>Called with a child interpreter just before it is discarded (tests audit its heap here); children inherit it.</summary>
    public Action<Interpreter>? ChildExiting { get; set; }

    /// <summary>
    /// A new interpreter for a child process (the state os.fork gives the child, Lib/multiprocessing/popen_fork.py): same
    /// options, the same machine, the parent's sources (for tracebacks); output captured until the parent observes the child.
    /// </summary>
    internal Interpreter NewChild(string name, int pid, TextWriter stdout, TextWriter stderr)
    {
        var child = new Interpreter(Options)
        {
            Stdout = stdout,
            Stderr = stderr,
            ChildExiting = ChildExiting,
        };
        child.machine = Machine;
        child.ProcessName = name;
        child.Pid = pid;
        child.ParentPid = Pid;
        child.Scheduler.SwitchIntervalMicroseconds = Scheduler.SwitchIntervalMicroseconds;
        foreach (var (file, lines) in sources) child.sources[file] = lines;
        return child;
    }

    /// <summary>The module is already imported here or can be (a host's own modules, such as the kernel's, are not in a child).</summary>
    internal bool CanImport(string name) => Modules.GetItemOrNull(Objects.PyStr.Intern(name)) is not null || moduleFactories.ContainsKey(name);

    /// <summary>The end of Lib/multiprocessing/process.py: BaseProcess._bootstrap — threading._shutdown() joins non-daemon threads.</summary>
    internal void JoinThreadsAtProcessExit() => WaitForThreadShutdown();

    /// <summary>A child's SystemExit as BaseProcess._bootstrap turns it into an exit code (consumes the exception).</summary>
    internal int ProcessExitStatus(Objects.PyBaseException e) => ExitStatus(e).ExitCode ?? 0;
}
