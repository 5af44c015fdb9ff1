using PyHeap.Runtime.Diagnostics;
using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Visuals;
using PyHeap.Visuals.Refs;

namespace PyHeap.Kernel;

/// <summary>The views' magics: each takes its snapshot and displays the view's bundle.</summary>
internal static partial class ViewMagics
{
    public static void RegisterAll(MagicRegistry registry)
    {
        registry.Register(new Magic("refs", false, "%refs EXPR: the object's refcount and every holder that makes it up", Refs));
        RegisterMemoryViews(registry);
    }

    /// <summary>The pymalloc map, heap summary and bytecode views' magics (ViewMagics.Memory.cs).</summary>
    static partial void RegisterMemoryViews(MagicRegistry registry);

    private static PyObject Refs(MagicContext ctx)
    {
        var value = ExpressionEvaluator.Evaluate(ctx.Interpreter, ctx.Line);
        try
        {
            var snapshot = RefsSnapshot.Take(ctx.Interpreter, ctx.Line.Trim(), value);
            // The magic holds the value while it looks, as getrefcount's argument does: say so.
            var holders = snapshot.Holders.ToList();
            var i = holders.FindIndex(h => h.Kind == ReferrerKind.Unexplained);
            if (i >= 0)
            {
                var rest = holders[i].Count - 1;
                holders.RemoveAt(i);
                if (rest > 0) holders.Add(new Referrer("not attributed (held by the runtime)", ReferrerKind.Unexplained, rest));
                holders.Add(new Referrer("%refs itself, while it looks (as getrefcount's argument)", ReferrerKind.ValueStack, 1));
            }
            ctx.Session.ShowView(RefsView.Render(snapshot with { Holders = holders }));
        }
        finally
        {
            RefCounts.DecRef(value);
        }
        return PyNone.None;
    }
}
