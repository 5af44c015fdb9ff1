using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>
/// The <c>exit</c> and <c>quit</c> builtins that Lib/site.py installs (Lib/_sitebuiltins.py: Quitter): the repr
/// tells how to leave, and calling one raises SystemExit(code). CPython's class is written in Python; here the
/// two instances are immortal statics so that start-up allocates nothing (no heap or GC state moves).
/// </summary>
public sealed class Quitter : PyObject
{
    public static readonly PyType QuitterType = Types.Make("_sitebuiltins.Quitter", 56, TypeFlags.None);

    private Quitter(string name)
        : base(QuitterType)
    {
        Name = name;
    }

    /// <summary>self.name: "exit" or "quit".</summary>
    public string Name { get; }

    /// <summary>self.eof: what the interactive prompt reads as end of input on POSIX.</summary>
    public static string Eof => "Ctrl-D (i.e. EOF)";

    public static readonly Quitter Exit = Heap.Static(new Quitter("exit"));
    public static readonly Quitter Quit = Heap.Static(new Quitter("quit"));

    /// <summary>sys.getsizeof as CPython's instance reports it (with its GC header); not GC-tracked here, being immortal.</summary>
    public override long SizeOf() => 56;

    internal static void Install()
    {
        var t = QuitterType;
        TypeSetup.Register(t);
        t.Repr = self => PyStr.From($"Use {((Quitter)self).Name}() or {Eof} to exit");
        t.Call = Call;
        TypeDicts.AddGetSet(t, "name", self => PyStr.From(((Quitter)self).Name));
        TypeDicts.AddGetSet(t, "eof", self => PyStr.From(Eof));
    }

    /// <summary>Quitter.__call__(self, code=None): raise SystemExit(code), with a Python function's argument errors.</summary>
    private static PyObject Call(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var (positional, keywords) = NativeArgs.Split(args, kwnames);
        if (positional.Length > 1)
            throw Errors.TypeError($"Quitter.__call__() takes from 1 to 2 positional arguments but {positional.Length + 1} were given");
        PyObject code = positional.Length == 1 ? positional[0] : PyNone.None;
        foreach (var (key, value) in keywords)
        {
            if (key != "code") throw Errors.TypeError($"Quitter.__call__() got an unexpected keyword argument '{key}'");
            if (positional.Length == 1) throw Errors.TypeError("Quitter.__call__() got multiple values for argument 'code'");
            code = value;
        }
        throw Errors.WithArg(ExceptionTypes.SystemExit, code);
    }
}
