using PyHeap.Language.Compiling;

namespace PyHeap.Runtime.Events;

/// <summary>The name an instruction's argument refers to (co_names or co_varnames / cells), as dis shows it; null for others.</summary>
public static class OpArgument
{
    public static string? Name(CodeObject code, Instruction ins)
    {
        string? At(string[] table, int i) => i >= 0 && i < table.Length ? table[i] : null;
        return ins.Op switch
        {
            OpCode.LOAD_FAST or OpCode.STORE_FAST or OpCode.DELETE_FAST or OpCode.LOAD_DEREF or OpCode.STORE_DEREF
                or OpCode.DELETE_DEREF or OpCode.LOAD_CLOSURE or OpCode.MAKE_CELL => At(code.LocalsPlusNames, ins.Arg),
            OpCode.LOAD_GLOBAL => At(code.Names, ins.Arg >> 1), // 3.11: the low bit asks for a NULL push
            OpCode.LOAD_NAME or OpCode.STORE_NAME or OpCode.DELETE_NAME or OpCode.STORE_GLOBAL or OpCode.DELETE_GLOBAL
                or OpCode.LOAD_ATTR or OpCode.STORE_ATTR or OpCode.DELETE_ATTR or OpCode.LOAD_METHOD
                or OpCode.IMPORT_NAME or OpCode.IMPORT_FROM => At(code.Names, ins.Arg),
            _ => null,
        };
    }
}
