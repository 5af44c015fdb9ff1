using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>str (Objects/unicodeobject.c): slots and methods.</summary>
public static class StrType
{
    public static void Install()
    {
        var t = Types.Str;
        t.Repr = self => PyStr.From(TextEscapes.Repr(((PyStr)self).Value));
        t.Str = self => self.Type == Types.Str ? RefCounts.NewRef(self) : PyStr.From(((PyStr)self).Value);
        t.Hash = self => ((PyStr)self).Hash;
        t.Length = self => ((PyStr)self).Length;
        t.RichCompare = (a, b, op) =>
        {
            if (a is not PyStr x || b is not PyStr y) return PySingleton.NotImplemented;
            var c = string.CompareOrdinal(x.Value, y.Value);
            return PyBool.From(op switch
            {
                CompareOp.Lt => c < 0,
                CompareOp.Le => c <= 0,
                CompareOp.Eq => c == 0,
                CompareOp.Ne => c != 0,
                CompareOp.Gt => c > 0,
                _ => c >= 0,
            });
        };
        t.Contains = (self, item) => item is PyStr s
            ? ((PyStr)self).Value.Contains(s.Value, StringComparison.Ordinal)
            : throw Errors.TypeError($"'in <string>' requires string as left operand, not {item.Type.Name}");
        t.SeqConcat = (a, b) => b is PyStr s
            ? PyStr.From(((PyStr)a).Value + s.Value)
            : throw Errors.TypeError($"can only concatenate str (not \"{b.Type.Name}\") to str");
        t.SeqRepeat = (a, n) =>
        {
            if (n.Type.Index is null && n is not PyInt) throw Errors.TypeError($"can't multiply sequence by non-int of type '{n.Type.Name}'");
            var count = Abstract.AsIndex(n);
            var s = ((PyStr)a).Value;
            return count <= 0 ? PyStr.Empty : PyStr.From(string.Concat(Enumerable.Repeat(s, (int)count)));
        };
        t.GetItem = (self, key) =>
        {
            var s = ((PyStr)self).Value;
            if (key is PySlice slice)
            {
                var (start, _, step, len) = slice.Indices(s.Length);
                var chars = new char[len];
                for (long i = 0, j = start; i < len; i++, j += step) chars[i] = s[(int)j];
                return PyStr.From(new string(chars));
            }
            var index = Abstract.NormalizeIndex(Abstract.AsIndex(key), s.Length);
            if (index < 0 || index >= s.Length) throw Errors.IndexError("string index out of range");
            return PyStr.From(s[(int)index].ToString());
        };
        t.Iter = SequenceIterator.New;
        t.New = (type, args, kw) =>
        {
            NativeArgs.NoKeywords("str", kw);
            if (args.Length == 0) return PyStr.Empty;
            return Abstract.Str(args[0]);
        };
        TypeDicts.AddMethod(t, "join", (self, args, kw) =>
        {
            NativeArgs.ExactlyOne("join", args, kw);
            var items = Abstract.ToList(args[0]);
            try
            {
                var parts = items.Select((o, i) => o is PyStr s ? s.Value
                    : throw Errors.TypeError($"sequence item {i}: expected str instance, {o.Type.Name} found")).ToArray();
                return PyStr.From(string.Join(((PyStr)self).Value, parts));
            }
            finally
            {
                foreach (var o in items) RefCounts.DecRef(o);
            }
        });
        TypeDicts.AddMethod(t, "upper", (self, args, kw) => PyStr.From(((PyStr)self).Value.ToUpperInvariant()));
        TypeDicts.AddMethod(t, "lower", (self, args, kw) => PyStr.From(((PyStr)self).Value.ToLowerInvariant()));
        TypeDicts.AddMethod(t, "__format__", (self, args, kw) => RefCounts.NewRef(self));
    }
}
