using System.Text;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

public static partial class StrMethods
{
    private static void InstallPad(PyType t)
    {
        TypeDicts.AddMethod(t, "center", (self, args, kw) => Pad("center", self, args, kw));
        TypeDicts.AddMethod(t, "ljust", (self, args, kw) => Pad("ljust", self, args, kw));
        TypeDicts.AddMethod(t, "rjust", (self, args, kw) => Pad("rjust", self, args, kw));
        TypeDicts.AddMethod(t, "zfill", (self, args, kw) =>
        {
            StrArgs.One("str", "zfill", args, kw);
            var width = StrArgs.Index(args[0]);
            var s = Self(self);
            if (width <= s.Length) return SameOrNew(self, s.Value);
            var fill = (int)(width - s.Length);
            var v = s.Value;
            return PyStr.From(v.Length > 0 && v[0] is '+' or '-'
                ? v[0] + new string('0', fill) + v[1..]
                : new string('0', fill) + v);
        });
        TypeDicts.AddMethod(t, "expandtabs", (self, args, kw) =>
        {
            var a = StrArgs.Parse("expandtabs", args, kw, 0, "tabsize");
            var size = a[0] is null ? 8 : StrArgs.Index(a[0]!);
            var s = Self(self).Value;
            return s.Contains('\t') ? PyStr.From(ExpandTabs(s, size)) : SameOrNew(self, s);
        });
    }

    /// <summary>Models unicode_center/ljust/rjust (stringlib pad): width counts code points; the fill may be astral.</summary>
    private static PyObject Pad(string name, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        StrArgs.Positional("str", name, args, kw, 1, 2);
        var width = StrArgs.Index(args[0]);
        var fill = " ";
        if (args.Length > 1)
        {
            if (args[1] is not PyStr f) throw Errors.TypeError($"The fill character must be a unicode character, not {args[1].Type.Name}");
            if (f.Length != 1) throw Errors.TypeError("The fill character must be exactly one character long");
            fill = f.Value;
        }
        var s = Self(self);
        var marg = width - s.Length;
        if (marg <= 0) return SameOrNew(self, s.Value);
        var left = name switch
        {
            "center" => marg / 2 + (marg & width & 1),
            "ljust" => 0,
            _ => marg,
        };
        var sb = new StringBuilder((int)(s.Value.Length + marg * fill.Length));
        for (var i = 0; i < left; i++) sb.Append(fill);
        sb.Append(s.Value);
        for (var i = left; i < marg; i++) sb.Append(fill);
        return PyStr.From(sb.ToString());
    }

    /// <summary>Models unicode_expandtabs_impl: columns count code points and restart after \n and \r.</summary>
    private static string ExpandTabs(string s, long tabSize)
    {
        var sb = new StringBuilder(s.Length);
        long column = 0;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c == '\t')
            {
                if (tabSize > 0)
                {
                    var spaces = tabSize - column % tabSize;
                    sb.Append(' ', (int)spaces);
                    column += spaces;
                }
                continue;
            }
            sb.Append(c);
            if (CodePointText.IsPair(s, i)) sb.Append(s[++i]);
            column = c is '\n' or '\r' ? 0 : column + 1;
        }
        return sb.ToString();
    }
}
