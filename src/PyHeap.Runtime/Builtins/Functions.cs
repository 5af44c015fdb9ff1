using PyHeap.Runtime.Objects;

namespace PyHeap.Runtime.Builtins;

/// <summary>
/// The builtin functions (Python/bltinmodule.c: builtin_*), each a static immortal builtin, in the order the
/// builtins module lists them. The implementations are spread over the partial files by theme.
/// </summary>
public static partial class Functions
{
    public static readonly IReadOnlyList<(string Name, PyBuiltinFunction Function)> All = Make();

    private static List<(string, PyBuiltinFunction)> Make()
    {
        var list = new List<(string, PyBuiltinFunction)>();
        void Add(string name, NativeFunction f) => list.Add((name, PyBuiltinFunction.Static(name, f)));
        Add("__build_class__", Metaclasses.BuildClass);
        Add("abs", Abs);
        Add("all", All_);
        Add("any", Any);
        Add("ascii", Ascii);
        Add("bin", Bin);
        Add("callable", Callable);
        Add("chr", Chr);
        Add("compile", Compile);
        Add("delattr", DelAttr);
        Add("dir", Dir);
        Add("divmod", DivMod);
        Add("eval", Eval);
        Add("exec", Exec);
        Add("format", Format);
        Add("getattr", GetAttr);
        Add("globals", Globals);
        Add("hasattr", HasAttr);
        Add("hash", Hash);
        Add("hex", Hex);
        Add("id", Id);
        Add("input", Input);
        Add("isinstance", IsInstance);
        Add("issubclass", IsSubclass);
        Add("iter", Iter);
        Add("len", Len);
        Add("locals", Locals);
        Add("max", (self, args, kw) => MinMax(args, kw, CompareOp.Gt));
        Add("min", (self, args, kw) => MinMax(args, kw, CompareOp.Lt));
        Add("next", Next);
        Add("oct", Oct);
        Add("ord", Ord);
        Add("pow", Pow);
        Add("print", Print);
        Add("repr", Repr);
        Add("round", Round);
        Add("setattr", SetAttr);
        Add("sorted", Sorted);
        Add("sum", Sum);
        Add("vars", Vars);
        Add("open", Unsupported("open"));
        return list;
    }

    /// <summary>open: user code never touches the host's files.</summary>
    private static NativeFunction Unsupported(string name) =>
        (self, args, kw) => throw Vm.Errors.NotImplementedError($"PyHeap does not support {name}()");
}
