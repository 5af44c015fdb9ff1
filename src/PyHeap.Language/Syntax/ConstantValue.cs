namespace PyHeap.Language.Syntax;

using System.Numerics;

/// <summary>
/// A compile-time constant: the value of an <c>ast.Constant</c> and an entry of a code object's <c>co_consts</c>.
/// Language-level only; the runtime turns each into a heap object when the code is first run.
/// </summary>
public sealed class ConstantValue : IEquatable<ConstantValue>
{
    public static readonly ConstantValue None = new(ConstantKind.None, null);
    public static readonly ConstantValue True = new(ConstantKind.Bool, true);
    public static readonly ConstantValue False = new(ConstantKind.Bool, false);
    public static readonly ConstantValue Ellipsis = new(ConstantKind.Ellipsis, null);

    private ConstantValue(ConstantKind kind, object? value)
    {
        Kind = kind;
        Value = value;
    }

    public ConstantKind Kind { get; }

    /// <summary>null (None, Ellipsis), bool, BigInteger, double, string, byte[], ConstantValue[] or a code object.</summary>
    public object? Value { get; }

    public static ConstantValue Int(BigInteger value) => new(ConstantKind.Int, value);
    public static ConstantValue Float(double value) => new(ConstantKind.Float, value);
    public static ConstantValue Str(string value) => new(ConstantKind.Str, value);
    public static ConstantValue Bytes(byte[] value) => new(ConstantKind.Bytes, value);
    public static ConstantValue Tuple(IReadOnlyList<ConstantValue> items) => new(ConstantKind.Tuple, items.ToArray());
    /// <summary>A frozenset constant (the optimizer turns <c>x in {1, 2}</c> and set displays of constants into one).</summary>
    public static ConstantValue FrozenSet(IReadOnlyList<ConstantValue> items) => new(ConstantKind.FrozenSet, items.ToArray());
    public static ConstantValue Bool(bool value) => value ? True : False;

    /// <summary>A nested code object (its type lives in Compiling; kept as object to avoid a cycle of namespaces).</summary>
    public static ConstantValue Code(object code) => new(ConstantKind.Code, code);

    public BigInteger AsInt => (BigInteger)Value!;
    public double AsFloat => (double)Value!;
    public string AsStr => (string)Value!;
    public byte[] AsBytes => (byte[])Value!;
    public bool AsBool => (bool)Value!;
    /// <summary>The items of a Tuple or FrozenSet constant.</summary>
    public IReadOnlyList<ConstantValue> AsTuple => (ConstantValue[])Value!;

    /// <summary>Equality as the compiler's constant cache sees it: same kind and same value (1 and True differ).</summary>
    public bool Equals(ConstantValue? other)
    {
        if (other is null || other.Kind != Kind) return false;
        return Kind switch
        {
            ConstantKind.None or ConstantKind.Ellipsis => true,
            ConstantKind.Float => BitConverter.DoubleToInt64Bits(AsFloat) == BitConverter.DoubleToInt64Bits(other.AsFloat),
            ConstantKind.Bytes => AsBytes.AsSpan().SequenceEqual(other.AsBytes),
            ConstantKind.Tuple or ConstantKind.FrozenSet => AsTuple.SequenceEqual(other.AsTuple),
            ConstantKind.Code => ReferenceEquals(Value, other.Value),
            _ => Equals(Value, other.Value),
        };
    }

    public override bool Equals(object? obj) => Equals(obj as ConstantValue);

    public override int GetHashCode() => Kind switch
    {
        ConstantKind.Bytes => HashCode.Combine(Kind, AsBytes.Length),
        ConstantKind.Tuple or ConstantKind.FrozenSet => HashCode.Combine(Kind, AsTuple.Count),
        _ => HashCode.Combine(Kind, Value),
    };

    public override string ToString() => Kind switch
    {
        ConstantKind.None => "None",
        ConstantKind.Ellipsis => "Ellipsis",
        ConstantKind.Bool => AsBool ? "True" : "False",
        ConstantKind.Str => "'" + AsStr + "'",
        ConstantKind.Tuple => "(" + string.Join(", ", AsTuple) + (AsTuple.Count == 1 ? ",)" : ")"),
        ConstantKind.FrozenSet => "frozenset({" + string.Join(", ", AsTuple) + "})",
        _ => Value?.ToString() ?? "",
    };
}
