using System.Globalization;
using System.Numerics;
using System.Text.Json;
using PyHeap.Runtime.Formatting;
using PyHeap.Runtime.Numerics;
using PyHeap.Runtime.Tests.Numerics;

namespace PyHeap.Runtime.Tests.Formatting;

/// <summary>A stand-in for runtime objects (int, bool, float, str, None) decoded from the generated test data.</summary>
internal sealed class TestFormatArgument(string typeName, object? value) : IFormatArgument
{
    public string TypeName { get; } = typeName;

    public bool IsInt => value is BigInteger or bool;

    public static TestFormatArgument Decode(JsonElement e)
    {
        string t = e.GetProperty("t").GetString()!;
        return t switch
        {
            "int" => new(t, BigInteger.Parse(e.GetProperty("v").GetString()!, CultureInfo.InvariantCulture)),
            "bool" => new(t, e.GetProperty("v").GetString() == "True"),
            "float" => new(t, TestData.Double(e.GetProperty("v").GetString()!)),
            "str" => new(t, TestData.CodePoints(e.GetProperty("v"))),
            _ => new(t, null),
        };
    }

    public bool TryGetInteger(out BigInteger result)
    {
        result = value switch { BigInteger i => i, bool b => b ? 1 : 0, _ => 0 };
        return value is BigInteger or bool;
    }

    public bool TryGetFloat(out double result)
    {
        result = value switch { double d => d, BigInteger i => IntOps.ToDouble(i), bool b => b ? 1 : 0, _ => 0 };
        return value is double or BigInteger or bool;
    }

    public bool TryGetString(out string result)
    {
        result = value as string ?? string.Empty;
        return value is string;
    }

    public string Str() => value switch
    {
        null => "None",
        bool b => b ? "True" : "False",
        BigInteger i => i.ToString(CultureInfo.InvariantCulture),
        double d => FloatRepr.Repr(d),
        string s => s,
        _ => throw new InvalidOperationException(),
    };

    public string Repr() => value is string s ? StrRepr.Repr(s) : Str();

    public string Ascii() => value is string s ? StrRepr.Ascii(s) : Str();
}
