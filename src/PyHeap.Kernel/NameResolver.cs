using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Kernel;

/// <summary>Resolves a dotted name (<c>x</c>, <c>obj.attr</c>, <c>sys.modules</c>) in the user namespace, then builtins.</summary>
internal static class NameResolver
{
    /// <summary>A new reference, or null when any part is missing (an AttributeError is swallowed).</summary>
    public static PyObject? Resolve(Interpreter interp, string dotted)
    {
        var parts = dotted.Split('.');
        if (parts.Any(p => !IsIdentifier(p))) return null;
        var current = interp.MainModule.Dict.GetItemOrNull(parts[0]) ?? interp.BuiltinsDict.GetItemOrNull(parts[0]);
        if (current is null) return null;
        RefCounts.IncRef(current);
        foreach (var part in parts.Skip(1))
        {
            PyObject? next;
            try
            {
                next = Abstract.LookupAttr(current, PyStr.Intern(part));
            }
            catch (PyException e)
            {
                RefCounts.DecRef(e.Value);
                next = null;
            }
            RefCounts.DecRef(current);
            if (next is null) return null;
            current = next;
        }
        return current;
    }

    public static bool IsIdentifier(string s) =>
        s.Length > 0 && (char.IsLetter(s[0]) || s[0] == '_') && s.All(c => char.IsLetterOrDigit(c) || c == '_');
}
