namespace PyHeap.Visuals.Trace;

/// <summary>
/// Plain words for what an instruction does to a reference count (the CPython 3.11 semantics of
/// Python/ceval.c for each opcode): which holder gains or loses the reference.
/// </summary>
public static class TraceOperations
{
    public static (string Operation, string Holder) Describe(string? op, string? name, int delta, bool inCollection)
    {
        if (inCollection) return ("collection (tp_clear / freeing garbage)", "the cyclic GC");
        var n = name ?? "?";
        var gained = delta > 0;
        return op switch
        {
            "LOAD_FAST" or "LOAD_DEREF" or "LOAD_CLOSURE" => ("push a local onto the value stack", $"value stack (local {n})"),
            "LOAD_NAME" or "LOAD_GLOBAL" => ("push a global onto the value stack", $"value stack (name {n})"),
            "LOAD_CONST" => ("push a constant onto the value stack", "value stack (constant)"),
            "LOAD_ATTR" or "LOAD_METHOD" => (gained ? $"read attribute .{n}" : "drop the object whose attribute was read", gained ? $"value stack (.{n})" : "value stack"),
            "STORE_NAME" or "STORE_GLOBAL" => (gained ? $"bind name {n}" : $"rebind name {n}: old value released", $"global {n}"),
            "STORE_FAST" or "STORE_DEREF" => (gained ? $"bind local {n}" : $"rebind local {n}: old value released", $"local {n}"),
            "DELETE_NAME" or "DELETE_GLOBAL" => ($"del {n}", $"global {n}"),
            "DELETE_FAST" or "DELETE_DEREF" => ($"del {n}", $"local {n}"),
            "STORE_ATTR" => (gained ? $"store as attribute .{n}" : "stack reference released after the store", gained ? $"attribute .{n}" : "value stack"),
            "STORE_SUBSCR" => (gained ? "store into a container" : "stack reference released after the store", gained ? "container item" : "value stack"),
            "DELETE_SUBSCR" => ("delete a container item", "container item"),
            "BINARY_SUBSCR" => (gained ? "read a container item" : "operand released", "value stack"),
            "LIST_APPEND" or "SET_ADD" or "MAP_ADD" => ("added by a comprehension", "container item"),
            "BUILD_LIST" or "BUILD_TUPLE" or "BUILD_MAP" or "BUILD_SET" => ("stored into a new container", "container item"),
            "CALL" or "PRECALL" or "CALL_FUNCTION_EX" => (gained ? "pass as argument / call result" : "call done: an argument, the callable or the callee's locals released", gained ? "callee's frame" : "value stack / callee's frame"),
            "RETURN_VALUE" => (gained ? "returned to the caller" : "function returned: its frame's references released", "frame"),
            "POP_TOP" => ("result discarded", "value stack"),
            "BINARY_OP" or "COMPARE_OP" or "UNARY_NEGATIVE" or "UNARY_NOT" or "UNARY_INVERT" => (gained ? "operation result" : "operand released", "value stack"),
            "FOR_ITER" or "GET_ITER" => (gained ? "next item from the iterator" : "iterator released", "value stack"),
            "COPY" or "SWAP" => ("stack copy", "value stack"),
            "RESUME" or "MAKE_FUNCTION" => (gained ? "held by the new function" : "released", "function"),
            null => (gained ? "held by the runtime" : "released by the runtime", "runtime"),
            _ => ($"{op} {(gained ? "+" : "−")}{Math.Abs(delta)}", "value stack"),
        };
    }
}
