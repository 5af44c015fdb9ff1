using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;

namespace PyHeap.Runtime.Vm;

/// <summary>
/// "Did you mean" for uncaught NameError and AttributeError (Python/suggestions.c, 3.11): the closest name by a
/// Levenshtein distance where a case flip costs 1 and any other edit 2, within a third of the characters.
/// </summary>
public static class Suggestions
{
    private const int MaxCandidateItems = 750;
    private const int MaxStringSize = 40;
    private const int MoveCost = 2;
    private const int CaseCost = 1;

    /// <summary>_Py_Offer_Suggestions: null when there is nothing to suggest (errors are swallowed).</summary>
    public static string? Offer(PyBaseException exc)
    {
        try
        {
            if (ReferenceEquals(exc.Type, ExceptionTypes.AttributeError)) return ForAttributeError(exc);
            if (ReferenceEquals(exc.Type, ExceptionTypes.NameError)) return ForNameError(exc);
        }
        catch (PyException e)
        {
            RefCounts.DecRef(e.Value);
        }
        return null;
    }

    private static string? ForAttributeError(PyBaseException exc)
    {
        if (exc.GetMember("name") is not PyStr { Type: var nt } name || !ReferenceEquals(nt, Types.Str)) return null;
        if (exc.GetMember("obj") is not { } obj) return null;
        var dirFunc = Interpreter.Current.BuiltinsDict.GetItemOrNull("dir");
        if (dirFunc is null) return null;
        var dir = Interpreter.Current.CallObject(dirFunc, [obj]);
        try
        {
            return Calculate(Names(dir), name.Value);
        }
        finally
        {
            RefCounts.DecRef(dir);
        }
    }

    private static string? ForNameError(PyBaseException exc)
    {
        if (exc.GetMember("name") is not PyStr { Type: var nt } name || !ReferenceEquals(nt, Types.Str)) return null;
        if (exc.Traceback is not PyTraceback tb) return null;
        while (tb.Next is { } next) tb = next;
        var frame = tb.FrameObject.Frame;
        if (frame is null) return null;
        var code = frame.Code.Code;
        var varnames = code.VarNames.ToList();
        return Calculate(varnames, name.Value)
            ?? Calculate(DictKeys(frame.Globals), name.Value)
            ?? Calculate(DictKeys(frame.Builtins), name.Value);
    }

    private static List<string> DictKeys(PyDict d) => d.Pairs().Select(p => p.Key is PyStr s ? s.Value : "").ToList();

    private static List<string> Names(PyObject list) =>
        list is PyList l ? l.Items.ToArray().Select(o => o is PyStr s ? s.Value : "").ToList() : [];

    /// <summary>calculate_suggestions.</summary>
    private static string? Calculate(List<string> dir, string name)
    {
        if (dir.Count >= MaxCandidateItems) return null;
        var suggestionDistance = long.MaxValue;
        string? suggestion = null;
        var nameBytes = System.Text.Encoding.UTF8.GetBytes(name);
        foreach (var item in dir)
        {
            if (item == name) continue;
            var itemBytes = System.Text.Encoding.UTF8.GetBytes(item);
            // No more than 1/3 of the involved characters should need changed.
            long maxDistance = (nameBytes.Length + itemBytes.Length + 3) * MoveCost / 6;
            // Don't take matches we've already beaten.
            maxDistance = Math.Min(maxDistance, suggestionDistance - 1);
            var current = Levenshtein(nameBytes, itemBytes, maxDistance);
            if (current > maxDistance) continue;
            if (suggestion is null || current < suggestionDistance)
            {
                suggestion = item;
                suggestionDistance = current;
            }
        }
        return suggestion;
    }

    private static int SubstitutionCost(byte a, byte b)
    {
        if ((a & 31) != (b & 31)) return MoveCost;
        if (a == b) return 0;
        if (a is >= (byte)'A' and <= (byte)'Z') a += 'a' - 'A';
        if (b is >= (byte)'A' and <= (byte)'Z') b += 'a' - 'A';
        return a == b ? CaseCost : MoveCost;
    }

    /// <summary>levenshtein_distance (one row updated in place; gives up above <paramref name="maxCost"/>).</summary>
    private static long Levenshtein(byte[] aAll, byte[] bAll, long maxCost)
    {
        ReadOnlySpan<byte> a = aAll, b = bAll;
        while (a.Length > 0 && b.Length > 0 && a[0] == b[0])
        {
            a = a[1..];
            b = b[1..];
        }
        while (a.Length > 0 && b.Length > 0 && a[^1] == b[^1])
        {
            a = a[..^1];
            b = b[..^1];
        }
        if (a.Length == 0 || b.Length == 0) return (a.Length + b.Length) * MoveCost;
        if (a.Length > MaxStringSize || b.Length > MaxStringSize) return maxCost + 1;
        if (b.Length < a.Length)
        {
            var t = a;
            a = b;
            b = t;
        }
        if ((b.Length - a.Length) * MoveCost > maxCost) return maxCost + 1;
        Span<long> buffer = stackalloc long[a.Length];
        long tmp = MoveCost;
        for (var i = 0; i < a.Length; i++)
        {
            buffer[i] = tmp;
            tmp += MoveCost;
        }
        long result = 0;
        for (var bIndex = 0; bIndex < b.Length; bIndex++)
        {
            var code = b[bIndex];
            long distance = result = bIndex * MoveCost;
            var minimum = long.MaxValue;
            for (var index = 0; index < a.Length; index++)
            {
                var substitute = distance + SubstitutionCost(code, a[index]);
                distance = buffer[index];
                var insertDelete = Math.Min(result, distance) + MoveCost;
                result = Math.Min(insertDelete, substitute);
                buffer[index] = result;
                if (result < minimum) minimum = result;
            }
            if (minimum > maxCost) return maxCost + 1;
        }
        return result;
    }
}
