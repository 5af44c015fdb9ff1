using System.Globalization;
using System.Text;
using PyHeap.Language.Compiling;
using PyHeap.Language.Syntax;
using PyHeap.Runtime.Objects;

namespace PyHeap.Visuals.Dis;

/// <summary>
/// A function's bytecode as Lib/dis.py (3.11) lists it — CPython byte offsets, line starts, jump targets, opnames,
/// arguments and argreprs — with the source line of each line start and the code objects nested in its constants.
/// PyHeap's bytecode has no CACHE entries and full-width arguments; the offsets add back 3.11's inline caches and
/// EXTENDED_ARG prefixes (shown as their own lines, as dis does) so they match CPython's.
/// </summary>
public sealed record DisListing(
    string QualName,
    string Header,
    IReadOnlyList<DisInstruction> Instructions,
    IReadOnlyDictionary<int, string> SourceLines,
    IReadOnlyList<DisListing> Nested)
{
    /// <summary>Builds the listing; <paramref name="sourceLine"/> is linecache (file, line) → text or null.</summary>
    public static DisListing Build(PyCode code, Func<string, int, string?>? sourceLine = null)
    {
        var c = code.Code;
        var ins = c.Instructions;
        var n = ins.Length;
        var ext = new int[n];
        var start = new int[n + 1]; // in code units; start[i] is the first EXTENDED_ARG of i (or i itself)
        var cpythonArg = new int[n];
        for (var pass = 0; pass < 8; pass++)
        {
            for (var i = 0; i < n; i++) start[i + 1] = start[i] + ext[i] + 1 + CacheEntries.Of(ins[i].Op);
            var changed = false;
            for (var i = 0; i < n; i++)
            {
                var op = ins[i].Op;
                var arg = (int)op < 90 ? 0 : ins[i].Arg;
                if (Disassembler.IsJump(op) && arg >= 0 && arg < n)
                {
                    // 3.11 jumps are relative to the instruction after the jump (jumps have no caches).
                    var next = start[i + 1];
                    arg = IsBackward(op) ? next - start[arg] : start[arg] - next;
                }
                cpythonArg[i] = arg;
                var need = arg > 0xFFFFFF ? 3 : arg > 0xFFFF ? 2 : arg > 0xFF ? 1 : 0;
                if (need != ext[i]) { ext[i] = need; changed = true; }
            }
            if (!changed) break;
        }

        var targets = new HashSet<int>();
        for (var i = 0; i < n; i++)
            if (Disassembler.IsJump(ins[i].Op) && ins[i].Arg >= 0 && ins[i].Arg < n) targets.Add(ins[i].Arg);

        var rows = new List<DisInstruction>();
        var source = new SortedDictionary<int, string>();
        int? lastLine = null;
        for (var i = 0; i < n; i++)
        {
            var line = c.LineOf(i);
            int? starts = null;
            if (line > 0 && line != lastLine) // Lib/dis.py: findlinestarts skips instructions without a line
            {
                starts = line;
                lastLine = line;
                if (sourceLine?.Invoke(c.FileName, line) is { } text) source[line] = text.Trim();
            }
            var op = ins[i].Op;
            var target = Disassembler.IsJump(op) && ins[i].Arg >= 0 && ins[i].Arg < n ? start[ins[i].Arg] * 2 : 0;
            var (repr, name) = ArgRepr.Of(code, ins[i], target);
            for (var e = ext[i]; e > 0; e--)
            {
                var high = cpythonArg[i] >> (8 * e);
                rows.Add(new DisInstruction(2 * (start[i] + ext[i] - e), starts, targets.Contains(i) && e == ext[i], "EXTENDED_ARG", high, "",
                    ReferenceNotes.For(OpCode.EXTENDED_ARG, high, "", null)));
                starts = null;
            }
            var hasArg = (int)op >= 90;
            rows.Add(new DisInstruction(2 * (start[i] + ext[i]), starts, targets.Contains(i) && ext[i] == 0, op.ToString(),
                hasArg ? cpythonArg[i] : null, repr,
                ReferenceNotes.For(op, ins[i].Arg, repr, name)));
        }

        var nested = new List<DisListing>();
        for (var k = 0; k < c.Consts.Length; k++)
        {
            if (c.Consts[k].Kind == ConstantKind.Code && k < code.Consts.Length && code.Consts[k] is PyCode inner)
                nested.Add(Build(inner, sourceLine));
        }
        return new DisListing(c.QualName, ArgRepr.CodeRepr(c, code.Address), rows, source, nested);
    }

    private static bool IsBackward(OpCode op) => op is OpCode.JUMP_BACKWARD or OpCode.JUMP_BACKWARD_NO_INTERRUPT
        or OpCode.POP_JUMP_BACKWARD_IF_FALSE or OpCode.POP_JUMP_BACKWARD_IF_TRUE or OpCode.POP_JUMP_BACKWARD_IF_NONE
        or OpCode.POP_JUMP_BACKWARD_IF_NOT_NONE;

    /// <summary>This listing and the nested ones, depth first (as dis.dis prints them).</summary>
    public IEnumerable<DisListing> All()
    {
        yield return this;
        foreach (var inner in Nested)
            foreach (var x in inner.All()) yield return x;
    }

    /// <summary>Exactly what CPython 3.11's <c>dis.dis(f)</c> prints, nested code objects included.</summary>
    public string DisText()
    {
        var o = new StringBuilder();
        var first = true;
        foreach (var listing in All())
        {
            if (!first) o.Append(CultureInfo.InvariantCulture, $"\nDisassembly of {listing.Header}:\n");
            first = false;
            foreach (var line in listing.Lines()) o.Append(line.Text).Append('\n');
        }
        return o.ToString();
    }

    /// <summary>The dis.dis lines of this code object (without nested ones); a blank line before each new source line.</summary>
    public IEnumerable<(DisInstruction? Instruction, string Text)> Lines()
    {
        var maxLine = Instructions.Max(i => i.StartsLine ?? 0);
        var lineWidth = maxLine >= 1000 ? maxLine.ToString(CultureInfo.InvariantCulture).Length : 3;
        var maxOffset = Instructions.Count == 0 ? 0 : Instructions[^1].Offset;
        var offsetWidth = maxOffset >= 10000 ? maxOffset.ToString(CultureInfo.InvariantCulture).Length : 4;
        foreach (var i in Instructions)
        {
            if (i.StartsLine is not null && i.Offset > 0) yield return (null, "");
            yield return (i, Format(i, lineWidth, offsetWidth));
        }
    }

    /// <summary>Lib/dis.py (3.11): Instruction._disassemble — fields joined by one space, right-trimmed.</summary>
    public static string Format(DisInstruction i, int lineWidth = 3, int offsetWidth = 4)
    {
        var fields = new List<string>
        {
            i.StartsLine is { } l ? l.ToString(CultureInfo.InvariantCulture).PadLeft(lineWidth) : new string(' ', lineWidth),
            "   ",
            i.IsJumpTarget ? ">>" : "  ",
            i.Offset.ToString(CultureInfo.InvariantCulture).PadLeft(offsetWidth),
            i.OpName.PadRight(20),
        };
        if (i.Arg is { } arg)
        {
            fields.Add(arg.ToString(CultureInfo.InvariantCulture).PadLeft(5));
            if (i.ArgRepr.Length > 0) fields.Add("(" + i.ArgRepr + ")");
        }
        return string.Join(' ', fields).TrimEnd();
    }
}
