using System.Text;
using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>set and frozenset (Objects/setobject.c).</summary>
public static class SetType
{
    public static void Install()
    {
        foreach (var t in new[] { Types.Set, Types.FrozenSet })
        {
            var isFrozen = t == Types.FrozenSet;
            t.Length = self => ((PySet)self).Count;
            t.Contains = (self, item) => ((PySet)self).Items.Any(x => Abstract.RichCompareBool(x, item, CompareOp.Eq));
            t.Repr = self =>
            {
                var s = (PySet)self;
                if (s.Count == 0) return PyStr.From(isFrozen ? "frozenset()" : "set()");
                var sb = new StringBuilder(isFrozen ? "frozenset({" : "{");
                sb.Append(string.Join(", ", s.Items.ToList().Select(Abstract.ReprString)));
                sb.Append(isFrozen ? "})" : "}");
                return PyStr.From(sb.ToString());
            };
            t.Hash = isFrozen ? null : ObjectMethods.HashNotImplemented;
            t.New = (type, args, kw) =>
            {
                var s = PySet.New((PyType)type);
                if (args.Length == 1) SetOps.Update(s, args[0]);
                return s;
            };
        }
        TypeDicts.AddMethod(Types.Set, "add", (self, args, kw) =>
        {
            NativeArgs.ExactlyOne("add", args, kw);
            ((PySet)self).Add(args[0]);
            return PyNone.None;
        });
    }
}
