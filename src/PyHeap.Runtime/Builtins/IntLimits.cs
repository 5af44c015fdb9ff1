namespace PyHeap.Runtime.Builtins;

/// <summary>
/// sys.get_int_max_str_digits() / set_int_max_str_digits() (3.11, Python/sysmodule.c): the limit that base-10
/// int↔str conversions check. 0 means unlimited. Per host thread, as each interpreter runs on its own.
/// </summary>
public static class IntLimits
{
    [ThreadStatic]
    private static int maxStrDigitsOrMinusOne;

    /// <summary>The current limit (4300 by default).</summary>
    public static int MaxStrDigits
    {
        get => maxStrDigitsOrMinusOne == 0 ? Numerics.IntParse.DefaultMaxStrDigits : maxStrDigitsOrMinusOne < 0 ? 0 : maxStrDigitsOrMinusOne;
        set => maxStrDigitsOrMinusOne = value == 0 ? -1 : value;
    }
}
