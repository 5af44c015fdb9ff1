using System.Text;
using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;

namespace PyHeap.Kernel;

/// <summary>The magics every session has: %lsmagic, %who, %reset, %profile, and %pinfo (what <c>name?</c> runs).</summary>
internal static class BuiltinMagics
{
    public static void RegisterAll(MagicRegistry registry)
    {
        registry.Register(new Magic("lsmagic", false, "list the magics", LsMagic));
        registry.Register(new Magic("who", false, "list the names you defined", Who));
        registry.Register(new Magic("reset", false, "%reset [-f]: delete every name you defined (asks first unless -f)", Reset));
        registry.Register(new Magic("profile", false, "%profile [3.11|classic]: show or switch the pymalloc layout (switching resets the heap)", Profile));
        registry.Register(new Magic("pinfo", false, "%pinfo NAME (or NAME?): the memory inspector's report on a name", PInfo));
        registry.Register(new Magic("pinfo2", false, "%pinfo2 NAME (or NAME??): as %pinfo", PInfo));
    }

    private static PyObject LsMagic(MagicContext ctx)
    {
        var text = new StringBuilder("Available line magics:\n");
        text.AppendLine(string.Join("  ", ctx.Session.Magics.LineMagics.Select(m => "%" + m.Name)));
        text.AppendLine();
        text.AppendLine("Available cell magics:");
        text.AppendLine(string.Join("  ", ctx.Session.Magics.CellMagics.Select(m => "%%" + m.Name)));
        text.AppendLine();
        foreach (var magic in ctx.Session.Magics.LineMagics.Concat(ctx.Session.Magics.CellMagics))
            text.AppendLine($"{(magic.IsCellMagic ? "%%" : "%")}{magic.Name}: {magic.Help}");
        ctx.Interpreter.Stdout.Write(text.ToString());
        return PyNone.None;
    }

    /// <summary>%who: the user's names, sorted, tab-separated (IPython's format), hiding the initial ones.</summary>
    private static PyObject Who(MagicContext ctx)
    {
        var names = UserNames(ctx).ToList();
        ctx.Interpreter.Stdout.Write(names.Count == 0 ? "Interactive namespace is empty.\n" : string.Join("", names.Select(n => n + "\t ")) + "\n");
        return PyNone.None;
    }

    internal static IEnumerable<string> UserNames(MagicContext ctx) =>
        ctx.Interpreter.MainModule.Dict.Pairs()
            .Select(p => p.Key is PyStr s ? s.Value : null)
            .OfType<string>()
            .Where(n => !n.StartsWith('_') && !OutputCache.InitialNames.Contains(n))
            .Order(StringComparer.Ordinal);

    private static PyObject Reset(MagicContext ctx)
    {
        var args = ctx.Line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (args.Any(a => a is not "-f"))
            throw new MagicUsageException($"%reset: unknown option {args.First(a => a is not "-f")} (PyHeap's %reset takes only -f)");
        if (!args.Contains("-f"))
        {
            var answer = ctx.Session.AskUser("Once deleted, variables cannot be recovered. Proceed (y/[n])? ");
            if (answer?.Trim().ToLowerInvariant() is not ("y" or "yes"))
            {
                ctx.Interpreter.Stdout.Write("Nothing done.\n");
                return PyNone.None;
            }
        }
        ctx.Session.ResetNamespace();
        return PyNone.None;
    }

    private static PyObject Profile(MagicContext ctx)
    {
        var name = ctx.Line.Trim();
        var active = (ctx.Interpreter.Heap.Allocator as ObjectAllocator)?.Profile;
        if (name.Length == 0)
        {
            ctx.Interpreter.Stdout.Write(ProfileText.Describe(active ?? MemoryProfile.Python311) + "\n");
            return PyNone.None;
        }
        ctx.Interpreter.RequestedProfile = name switch
        {
            "3.11" => MemoryProfile.Python311,
            "classic" => MemoryProfile.Classic,
            _ => throw new MagicUsageException($"%profile: unknown profile '{name}': expected 3.11 or classic"),
        };
        ctx.Interpreter.Stdout.Write($"The heap will be reset with the {name} profile after this cell.\n");
        return PyNone.None;
    }

    private static PyObject PInfo(MagicContext ctx)
    {
        var name = ctx.Line.Trim();
        var report = Inspector.Describe(ctx.Interpreter, name);
        ctx.Interpreter.Stdout.Write(report is null ? $"Object `{name}` not found.\n" : report + "\n");
        return PyNone.None;
    }
}
