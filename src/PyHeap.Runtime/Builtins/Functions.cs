using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>The builtin functions (Python/bltinmodule.c: builtin_*), each a static immortal builtin.</summary>
public static class Functions
{
    public static readonly IReadOnlyList<(string Name, PyBuiltinFunction Function)> All = Make();

    private static List<(string, PyBuiltinFunction)> Make()
    {
        var list = new List<(string, PyBuiltinFunction)>();
        void Add(string name, NativeFunction f) => list.Add((name, PyBuiltinFunction.Static(name, f)));
        Add("__build_class__", ClassBuilder.BuildClass);
        Add("print", Print);
        Add("len", (self, args, kw) =>
        {
            NativeArgs.ExactlyOne("len", args, kw);
            return PyInt.From(Abstract.Length(args[0]));
        });
        Add("repr", (self, args, kw) =>
        {
            NativeArgs.ExactlyOne("repr", args, kw);
            return Abstract.Repr(args[0]);
        });
        Add("id", (self, args, kw) =>
        {
            NativeArgs.ExactlyOne("id", args, kw);
            return PyInt.From(args[0].Address);
        });
        Add("hash", (self, args, kw) =>
        {
            NativeArgs.ExactlyOne("hash", args, kw);
            return PyInt.From(Abstract.Hash(args[0]));
        });
        Add("isinstance", (self, args, kw) =>
        {
            NativeArgs.Range("isinstance", args, kw, 2, 2);
            return PyBool.From(Abstract.IsInstance(args[0], args[1]));
        });
        Add("issubclass", (self, args, kw) =>
        {
            NativeArgs.Range("issubclass", args, kw, 2, 2);
            return PyBool.From(Abstract.IsSubclass(args[0], args[1]));
        });
        Add("iter", (self, args, kw) =>
        {
            NativeArgs.Range("iter", args, kw, 1, 1);
            return Abstract.GetIter(args[0]);
        });
        Add("next", (self, args, kw) =>
        {
            NativeArgs.Range("next", args, kw, 1, 2);
            var item = Abstract.IterNext(args[0]);
            if (item is not null) return item;
            if (args.Length > 1) return RefCounts.NewRef(args[1]);
            throw Errors.NoArgs(ExceptionTypes.StopIteration);
        });
        return list;
    }

    /// <summary>print(*objects, sep=' ', end='\n').</summary>
    private static PyObject Print(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var (pos, kw) = NativeArgs.Split(args, kwnames);
        NativeArgs.CheckKeywords("print", kw, "sep", "end", "file", "flush");
        string Text(string name, string dflt)
        {
            if (!kw.TryGetValue(name, out var v) || v is PyNone) return dflt;
            return v is PyStr s ? s.Value : throw Errors.TypeError($"{name} must be None or a string, not {v.Type.Name}");
        }
        var sep = Text("sep", " ");
        var end = Text("end", "\n");
        var interp = Interpreter.Current;
        var sb = new System.Text.StringBuilder();
        for (var i = 0; i < pos.Length; i++)
        {
            if (i > 0) sb.Append(sep);
            sb.Append(Abstract.StrString(pos[i]));
        }
        sb.Append(end);
        interp.Stdout.Write(sb.ToString());
        return PyNone.None;
    }
}
