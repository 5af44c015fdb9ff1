namespace PyHeap.Runtime.Numerics;

/// <summary>The Py_DTSF_* flags of Python/pystrtod.c: PyOS_double_to_string.</summary>
[Flags]
public enum FloatFormatFlags
{
    None = 0,

    /// <summary>Py_DTSF_SIGN: always add the sign.</summary>
    Sign = 1,

    /// <summary>Py_DTSF_ADD_DOT_0: if the result looks like an integer, add ".0".</summary>
    AddDot0 = 2,

    /// <summary>Py_DTSF_ALT: the '#' alternate form (keep the point and trailing zeros).</summary>
    Alt = 4,

    /// <summary>Py_DTSF_NO_NEG_0: the 'z' option of 3.11: negative zero after rounding prints as zero.</summary>
    NoNegativeZero = 8,
}
