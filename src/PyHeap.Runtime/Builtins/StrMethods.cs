using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>
/// The methods of str (Objects/unicodeobject.c). Split across StrMethods.*.cs by family; each file adds its
/// methods in an Install* method. Text work is done by Formatting.StrOps; this class parses arguments with
/// CPython's messages, maps code point indices for astral strings and returns the same object where CPython does.
/// </summary>
public static partial class StrMethods
{
    internal static void Install(PyType t)
    {
        InstallSearch(t);
        InstallSplit(t);
        InstallCase(t);
        InstallPad(t);
        InstallMisc(t);
    }

    private static PyStr Self(PyObject self) => (PyStr)self;

    /// <summary>unicode_result_unchanged: the same object when the text did not change, else a new str.</summary>
    private static PyObject SameOrNew(PyObject self, string result) =>
        string.Equals(result, ((PyStr)self).Value, StringComparison.Ordinal) && self.Type == Types.Str
            ? RefCounts.NewRef(self)
            : PyStr.From(result);

    /// <summary>Runs a formatting primitive, turning its errors into Python exceptions.</summary>
    private static T Prim<T>(Func<T> f)
    {
        try
        {
            return f();
        }
        catch (Numerics.PyPrimitiveError e)
        {
            throw StrArgs.FromPrimitive(e);
        }
    }

    /// <summary>A list of new strs; an item equal to the whole string is the string itself (as stringlib's split does).</summary>
    private static PyObject ListOf(PyObject self, IEnumerable<string> items)
    {
        var whole = ((PyStr)self).Value;
        var list = PyList.New();
        foreach (var item in items)
        {
            list.AppendSteal(item.Length == whole.Length && item.Length > 0 && self.Type == Types.Str
                ? RefCounts.NewRef(self)
                : PyStr.From(item));
        }
        return list;
    }
}
