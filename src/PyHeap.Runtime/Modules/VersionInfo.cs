using PyHeap.Runtime.Builtins;
using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Modules;

/// <summary>
/// sys.version_info (Python/sysmodule.c: make_version_info, a structseq): a tuple subtype whose items are
/// also named fields; it indexes, unpacks and compares like the tuple (3, 11, 7, 'final', 0).
/// </summary>
public static class VersionInfo
{
    private static readonly string[] Fields = ["major", "minor", "micro", "releaselevel", "serial"];

    public static readonly PyType VersionInfoType = MakeType();

    /// <summary>A new sys.version_info object.</summary>
    public static PyTuple Create()
    {
        var t = PyTuple.Steal([PyInt.From(3), PyInt.From(11), PyInt.From(7), PyStr.From("final"), PyInt.From(0)]);
        t.Type = VersionInfoType;
        return t;
    }

    private static PyType MakeType()
    {
        var t = Types.Make("sys.version_info", 24, TypeFlags.HaveGc, Types.Tuple, itemSize: 8);
        TypeSetup.Register(t);
        t.New = (type, args, kw) => throw Errors.TypeError("cannot create 'sys.version_info' instances");
        // structseq_repr: name(field=repr, ...).
        t.Repr = self =>
        {
            var items = ((PyTuple)self).Items;
            var parts = new List<string>();
            for (var i = 0; i < Fields.Length && i < items.Length; i++) parts.Add($"{Fields[i]}={Abstract.ReprString(items[i])}");
            return PyStr.From("sys.version_info(" + string.Join(", ", parts) + ")");
        };
        for (var i = 0; i < Fields.Length; i++)
        {
            var index = i;
            TypeDicts.AddGetSet(t, Fields[i], self => RefCounts.NewRef(((PyTuple)self).Items[index]));
        }
        TypeDicts.AddValue(t, "n_fields", PyInt.From(5));
        TypeDicts.AddValue(t, "n_sequence_fields", PyInt.From(5));
        return t;
    }
}
