using PyHeap.Language.Compiling;

namespace PyHeap.Visuals.Dis;

/// <summary>
/// Lib/opcode.py (3.11): _inline_cache_entries — the CACHE code units that follow each specializable instruction.
/// PyHeap's bytecode has none, so the listing adds them back to give CPython's byte offsets.
/// </summary>
public static class CacheEntries
{
    public static int Of(OpCode op) => op switch
    {
        OpCode.LOAD_GLOBAL => 5,
        OpCode.BINARY_OP => 1,
        OpCode.UNPACK_SEQUENCE => 1,
        OpCode.COMPARE_OP => 2,
        OpCode.BINARY_SUBSCR => 4,
        OpCode.LOAD_ATTR => 4,
        OpCode.STORE_ATTR => 4,
        OpCode.LOAD_METHOD => 10,
        OpCode.CALL => 4,
        OpCode.PRECALL => 1,
        OpCode.STORE_SUBSCR => 1,
        _ => 0,
    };
}
