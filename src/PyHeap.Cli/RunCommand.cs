using System.CommandLine;
using System.Text;
using PyHeap.Runtime.Vm;

namespace PyHeap.Cli;

/// <summary><c>pyheap run FILE</c> / <c>pyheap run -c CODE</c>: prints what <c>python3 FILE</c> would print.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var file = new Argument<string?>("file") { Description = "the program to run", Arity = ArgumentArity.ZeroOrOne };
        var code = new Option<string?>("-c") { Description = "program passed in as a string" };
        var audit = new Option<bool>("--audit") { Description = "run the heap audit after the program and report mismatches on stderr" };
        var profile = new Option<string>("--profile")
        {
            Description = "the pymalloc layout: 3.11 (1 MiB arenas, 16 KiB pools; default) or classic (CPython 3.8-3.9: 256 KiB arenas, 4 KiB pools)",
            DefaultValueFactory = _ => "3.11",
        };
        profile.AcceptOnlyFromAmong("3.11", "classic");
        var command = new Command("run", "Run a Python program on the simulated heap") { file, code, audit, profile };
        command.SetAction(parse => Run(parse.GetValue(file), parse.GetValue(code), parse.GetValue(audit), parse.GetValue(profile)!));
        return command;
    }

    private static int Run(string? file, string? code, bool audit, string profileName)
    {
        var profile = profileName == "classic" ? PyHeap.Runtime.Memory.MemoryProfile.Classic : PyHeap.Runtime.Memory.MemoryProfile.Python311;
        string source;
        string fileName;
        if (code is not null)
        {
            source = code;
            fileName = "<string>";
        }
        else if (file is not null)
        {
            if (!File.Exists(file))
            {
                Console.Error.WriteLine($"pyheap: can't open file '{Path.GetFullPath(file)}': [Errno 2] No such file or directory");
                return 2;
            }
            source = File.ReadAllText(file);
            // CPython 3.9+ runs the main script under its absolute path (tracebacks show it).
            fileName = Path.GetFullPath(file);
        }
        else
        {
            Console.Error.WriteLine("pyheap run: give a FILE or -c CODE");
            return 2;
        }
        var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = false, NewLine = "\n" };
        var stderr = new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(false)) { AutoFlush = true, NewLine = "\n" };
        var interp = new Interpreter(new InterpreterOptions { TrackLiveObjects = audit, ProgramName = fileName, MemoryProfile = profile })
        {
            Stdout = stdout,
            Stderr = stderr,
            ReadLine = prompt =>
            {
                stdout.Write(prompt);
                stdout.Flush();
                return Console.In.ReadLine();
            },
        };
        // pyheap.refs(x) and the other views print their text form here (the notebook kernel draws them).
        interp.RegisterModule("pyheap", i =>
        {
            var module = PyHeap.Runtime.Modules.PyheapModule.Create(i);
            PyHeap.Visuals.ViewFunctions.Install(module, view => i.Stdout.Write(view.Plain + "\n"));
            return module;
        });
        // With --audit the heap is also audited each time the runtime is about to run a finalizer or a
        // callback (the first 100 times), where references held by the runtime itself must be accounted for.
        var inside = 0;
        var insideReported = false;
        if (audit)
        {
            interp.BeforeCallback = () =>
            {
                if (insideReported || inside++ >= 100) return;
                var report = PyHeap.Runtime.Diagnostics.HeapAudit.Run(interp);
                if (report.Ok) return;
                insideReported = true;
                stdout.Flush();
                stderr.WriteLine($"inside callback #{inside}: {report}");
                if (Environment.GetEnvironmentVariable("PYHEAP_AUDIT_STACK") is not null) stderr.WriteLine(Environment.StackTrace);
            };
        }
        var result = interp.Execute(source, fileName);
        interp.FinalizeMain();
        stdout.Flush();
        if (audit)
        {
            var report = interp.Audit();
            if (!report.Ok) stderr.WriteLine(report.ToString());
        }
        return result.ExitCode ?? (result.Ok ? 0 : 1);
    }
}
