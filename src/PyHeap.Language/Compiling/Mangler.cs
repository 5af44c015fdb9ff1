namespace PyHeap.Language.Compiling;

/// <summary>Private name mangling. Models Python/compile.c: _Py_Mangle.</summary>
internal static class Mangler
{
    public static string Mangle(string? privateName, string name)
    {
        if (privateName is null || !name.StartsWith("__", StringComparison.Ordinal)) return name;
        // Dunder names and dotted (import) names are left alone.
        if (name.EndsWith("__", StringComparison.Ordinal) || name.Contains('.')) return name;
        var stripped = privateName.TrimStart('_');
        if (stripped.Length == 0) return name;
        return "_" + stripped + name;
    }
}
