using PyHeap.Runtime.Builtins;
using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Modules;

/// <summary>
/// sys.stdout / sys.stderr: a minimal _io.TextIOWrapper whose write() goes to the running interpreter's
/// Stdout or Stderr writer. The two objects are immortal statics shared by every interpreter.
/// </summary>
public sealed class StdStream : PyObject
{
    public static readonly PyType StreamType = MakeType();
    public static readonly StdStream Stdout = Heap.Static(new StdStream("<stdout>", isError: false));
    public static readonly StdStream Stderr = Heap.Static(new StdStream("<stderr>", isError: true));

    private StdStream(string name, bool isError)
        : base(StreamType)
    {
        Name = name;
        IsError = isError;
    }

    public string Name { get; }
    public bool IsError { get; }

    private static TextWriter Writer(bool isError) => isError ? Interpreter.Current.Stderr : Interpreter.Current.Stdout;

    /// <summary>Writes text to the interpreter's stream (and models TextIOWrapper's pending data).</summary>
    public void Write(string text) => Writer(IsError).Write(text);

    private static PyType MakeType()
    {
        var t = Types.Make("_io.TextIOWrapper", 104, TypeFlags.HaveGc);
        TypeSetup.Register(t);
        t.Repr = self => PyStr.From($"<_io.TextIOWrapper name='{((StdStream)self).Name}' mode='w' encoding='utf-8'>");
        TypeDicts.AddMethod(t, "write", (self, args, kw) =>
        {
            NativeArgs.ExactlyOne("write", args, kw);
            if (args[0] is not PyStr s) throw Errors.TypeError($"write() argument must be str, not {args[0].Type.Name}");
            ((StdStream)self).Write(s.Value);
            return PyInt.From(s.Length);
        });
        TypeDicts.AddMethod(t, "flush", (self, args, kw) =>
        {
            NativeArgs.None("flush", args, kw);
            Writer(((StdStream)self).IsError).Flush();
            return PyNone.None;
        });
        TypeDicts.AddMethod(t, "isatty", (self, args, kw) =>
        {
            NativeArgs.None("isatty", args, kw);
            return PyBool.False;
        });
        TypeDicts.AddMethod(t, "writable", (self, args, kw) =>
        {
            NativeArgs.None("writable", args, kw);
            return PyBool.True;
        });
        TypeDicts.AddGetSet(t, "name", self => PyStr.From(((StdStream)self).Name));
        TypeDicts.AddGetSet(t, "encoding", self => PyStr.From("utf-8"));
        TypeDicts.AddGetSet(t, "mode", self => PyStr.From("w"));
        return t;
    }
}
