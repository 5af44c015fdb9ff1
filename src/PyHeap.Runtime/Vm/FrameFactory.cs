using System.Text;
using PyHeap.Language.Compiling;
using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;

namespace PyHeap.Runtime.Vm;

/// <summary>
/// Builds the frame for a call to a Python function and binds its arguments.
/// Models Python/ceval.c: _PyEvalFramePushAndInit and initialize_locals — the frame takes over (steals) the
/// function reference and every argument; on an error they are released and the frame is discarded.
/// </summary>
internal static class FrameFactory
{
    public static Frame Create(Interpreter interp, PyFunction func, PyObject?[] args, PyTuple? kwnames, PyObject? locals = null)
    {
        var code = func.Code;
        RefCounts.IncRef(code);
        var co = code.Code;
        if (locals is null && (co.Flags & CodeFlags.Optimized) == 0) locals = func.Globals;
        RefCounts.XIncRef(locals);
        var frame = new Frame(func, code, func.Globals, interp.BuiltinsDict, locals);
        var consumed = 0;
        try
        {
            InitializeLocals(frame, func, args, kwnames, ref consumed);
        }
        catch
        {
            for (var i = consumed; i < args.Length; i++) RefCounts.XDecRef(args[i]);
            frame.Clear();
            throw;
        }
        return frame;
    }

    /// <summary>
    /// True when a call with <paramref name="argCount"/> positional arguments and no keywords binds them one to one
    /// (no defaults needed, no *args, **kwargs or keyword-only parameters): initialize_locals then only moves them
    /// into the first slots and cannot fail, so <see cref="AllocatePositional"/> can skip the argument array.
    /// </summary>
    public static bool BindsPositionally(PyFunction func, int argCount)
    {
        var co = func.Code.Code;
        return co.ArgCount == argCount && co.KwOnlyArgCount == 0 && (co.Flags & (CodeFlags.VarArgs | CodeFlags.VarKeywords)) == 0;
    }

    /// <summary>
    /// The frame for a call that <see cref="BindsPositionally"/>, before it owns anything: the caller moves the
    /// arguments into its first fast slots, then <see cref="TakeReferences"/> does what <see cref="Create"/> does
    /// first (the same reference changes, in the same order).
    /// </summary>
    public static Frame AllocatePositional(Interpreter interp, PyFunction func)
    {
        var code = func.Code;
        var locals = (code.Code.Flags & CodeFlags.Optimized) == 0 ? func.Globals : null;
        return new Frame(func, code, func.Globals, interp.BuiltinsDict, locals);
    }

    /// <summary>The frame's references to its code and f_locals (see <see cref="AllocatePositional"/>).</summary>
    public static void TakeReferences(Frame frame)
    {
        RefCounts.IncRef(frame.Code);
        RefCounts.XIncRef(frame.Locals);
    }

    private static void InitializeLocals(Frame frame, PyFunction func, PyObject?[] args, PyTuple? kwnames, ref int consumed)
    {
        var co = func.Code.Code;
        var fast = frame.Fast;
        var kwcount = kwnames?.Count ?? 0;
        var argcount = args.Length - kwcount;
        var totalArgs = co.ArgCount + co.KwOnlyArgCount;
        var hasVarArgs = (co.Flags & CodeFlags.VarArgs) != 0;
        PyDict? kwdict = null;
        if ((co.Flags & CodeFlags.VarKeywords) != 0)
        {
            kwdict = PyDict.New();
            RefArray.Store(fast, totalArgs + (hasVarArgs ? 1 : 0), kwdict);
        }
        var n = Math.Min(argcount, co.ArgCount);
        for (var j = 0; j < n; j++)
        {
            RefArray.Store(fast, j, args[j]);
            consumed = j + 1;
        }
        if (hasVarArgs)
        {
            var extra = new PyObject[Math.Max(0, argcount - n)];
            for (var j = n; j < argcount; j++) extra[j - n] = args[j]!;
            consumed = Math.Max(consumed, argcount);
            RefArray.Store(fast, totalArgs, PyTuple.Steal(extra));
        }
        // Keyword arguments.
        for (var i = 0; i < kwcount; i++)
        {
            var keyword = (PyStr)kwnames!.Items[i];
            var value = args[argcount + i]!;
            var index = -1;
            for (var j = co.PosOnlyArgCount; j < totalArgs; j++)
            {
                if (string.Equals(func.Code.LocalsPlusNames[j].Value, keyword.Value, StringComparison.Ordinal))
                {
                    index = j;
                    break;
                }
            }
            if (index < 0)
            {
                if (kwdict is null)
                {
                    if (IsPositionalOnly(func, keyword.Value))
                        throw Errors.TypeError($"{func.QualName.Value}() got some positional-only arguments passed as keyword arguments: '{keyword.Value}'");
                    throw Errors.TypeError($"{func.QualName.Value}() got an unexpected keyword argument '{keyword.Value}'");
                }
                kwdict.SetItem(keyword, value);
                RefCounts.DecRef(value);
                args[argcount + i] = null;
                continue;
            }
            if (fast[index] is not null)
                throw Errors.TypeError($"{func.QualName.Value}() got multiple values for argument '{keyword.Value}'");
            RefArray.Store(fast, index, value);
            args[argcount + i] = null;
        }
        if (!hasVarArgs)
        {
            // Surplus positional arguments belong to nobody: release them before reporting the error.
            for (var j = n; j < argcount; j++)
            {
                RefCounts.XDecRef(args[j]);
                args[j] = null;
            }
        }
        consumed = args.Length;
        if (argcount > co.ArgCount && !hasVarArgs) throw TooManyPositional(func, argcount, fast);
        // Missing positional arguments: fill from defaults.
        if (argcount < co.ArgCount)
        {
            var defaults = func.Defaults?.Items ?? [];
            var m = co.ArgCount - defaults.Length;
            var missing = new List<string>();
            for (var i = argcount; i < m; i++)
                if (fast[i] is null) missing.Add(func.Code.LocalsPlusNames[i].Value);
            if (missing.Count > 0) throw Missing(func, missing, "positional");
            for (var i = Math.Max(n - m, 0); i < defaults.Length; i++)
            {
                if (fast[m + i] is null)
                {
                    RefCounts.IncRef(defaults[i]);
                    RefArray.Store(fast, m + i, defaults[i]);
                }
            }
        }
        // Keyword-only arguments: fill from __kwdefaults__.
        if (co.KwOnlyArgCount > 0)
        {
            var missing = new List<string>();
            for (var i = co.ArgCount; i < totalArgs; i++)
            {
                if (fast[i] is not null) continue;
                var name = func.Code.LocalsPlusNames[i];
                if (func.KwDefaults?.GetItemOrNull(name) is { } def)
                {
                    RefCounts.IncRef(def);
                    RefArray.Store(fast, i, def);
                }
                else
                {
                    missing.Add(name.Value);
                }
            }
            if (missing.Count > 0) throw Missing(func, missing, "keyword-only");
        }
    }

    private static bool IsPositionalOnly(PyFunction func, string name)
    {
        for (var j = 0; j < func.Code.Code.PosOnlyArgCount; j++)
            if (func.Code.LocalsPlusNames[j].Value == name) return true;
        return false;
    }

    /// <summary>Models ceval.c: too_many_positional.</summary>
    private static PyException TooManyPositional(PyFunction func, int given, PyObject?[] fast)
    {
        var co = func.Code.Code;
        var defcount = func.Defaults?.Count ?? 0;
        var kwonlyGiven = 0;
        for (var i = co.ArgCount; i < co.ArgCount + co.KwOnlyArgCount; i++)
            if (fast[i] is not null) kwonlyGiven++;
        var plural = defcount > 0 || co.ArgCount != 1;
        var sig = defcount > 0
            ? $"from {co.ArgCount - defcount} to {co.ArgCount}"
            : co.ArgCount.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var kwonlySig = kwonlyGiven > 0
            ? $" positional argument{(given != 1 ? "s" : "")} (and {kwonlyGiven} keyword-only argument{(kwonlyGiven != 1 ? "s" : "")})"
            : "";
        var was = given == 1 && kwonlyGiven == 0 ? "was" : "were";
        return Errors.TypeError($"{func.QualName.Value}() takes {sig} positional argument{(plural ? "s" : "")} but {given}{kwonlySig} {was} given");
    }
    /// <summary>Models ceval.c: missing_arguments / format_missing.</summary>
    private static PyException Missing(PyFunction func, List<string> names, string kind)
    {
        var quoted = names.Select(n => $"'{n}'").ToList();
        var sb = new StringBuilder();
        if (quoted.Count == 1) sb.Append(quoted[0]);
        else if (quoted.Count == 2) sb.Append(quoted[0]).Append(" and ").Append(quoted[1]);
        else sb.Append(string.Join(", ", quoted.Take(quoted.Count - 1))).Append(", and ").Append(quoted[^1]);
        var s = names.Count == 1 ? "" : "s";
        return Errors.TypeError($"{func.QualName.Value}() missing {names.Count} required {kind} argument{s}: {sb}");
    }
}
