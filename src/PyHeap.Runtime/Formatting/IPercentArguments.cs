namespace PyHeap.Runtime.Formatting;

/// <summary>
/// The right operand of <c>format % args</c>. CPython: a tuple supplies positional arguments; anything else is one
/// positional argument; and when the operand is a mapping (not a tuple or str) %(key)s looks keys up in it.
/// </summary>
public interface IPercentArguments
{
    /// <summary>True when the operand is a tuple; then <see cref="Count"/> and <see cref="this[int]"/> give its items.</summary>
    bool IsTuple { get; }

    /// <summary>Tuple length (ignored when not a tuple).</summary>
    int Count { get; }

    /// <summary>Tuple item i; when not a tuple, index 0 is the operand itself.</summary>
    IFormatArgument this[int index] { get; }

    /// <summary>PyMapping_Check(args) &amp;&amp; !tuple &amp;&amp; !str.</summary>
    bool IsMapping { get; }

    /// <summary>args[key]; the runtime raises its own KeyError when missing.</summary>
    IFormatArgument GetItem(string key);
}
